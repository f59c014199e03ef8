#include "cli/audit_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <map>
#include <new>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "audit/auditor.h"
#include "audit/export_parts.h"
#include "audit/part_platform.h"
#include "cli/batch_inputs.h"
#include "classify/classifier.h"
#include "cli/dispatch.h"
#include "cli/ordered_batch.h"
#include "cli/progress.h"
#include "cli/report_file.h"
#include "cli/selection.h"
#include "print/printer.h"
#include "print/sanitize.h"
#include "report/build_report.h"
#include "rules/rule_set.h"

namespace dataaudit {
namespace {

using Clock = std::chrono::steady_clock;

void Error(std::string_view message) { std::cerr << "dataaudit: error: " << SanitizeForTerminal(message) << '\n'; }

// Colour in auto mode: only on a terminal, never with NO_COLOR set or TERM=dumb.
bool UseColor(const CommandLine& cli) {
  if (cli.format != "text" || cli.color == ColorMode::kNever) return false;
  if (cli.color == ColorMode::kAlways) return true;
  if (!cli.output.empty() || !isatty(STDOUT_FILENO)) return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  return term == nullptr || std::string(term) != "dumb";
}

int Threads(const CommandLine& cli) {
  return cli.jobs > 0 ? cli.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// "takeout-002.zip" for "/downloads/takeout-002.zip", "export" for "a/export/".
std::string ShortName(const std::string& input) {
  std::filesystem::path path(input);
  if (path.filename().empty()) path = path.parent_path();
  return path.filename().empty() ? input : path.filename().string();
}

// Which inputs are being audited, and the member each is reading, for the progress line.
class InFlight {
 public:
  void Start(std::size_t i) {
    std::lock_guard lock(mutex_);
    running_[i] = "";
  }
  void Member(std::size_t i, const std::string& member) {
    std::lock_guard lock(mutex_);
    running_[i] = member;
  }
  void Finish(std::size_t i) {
    std::lock_guard lock(mutex_);
    running_.erase(i);
  }

  // "a.zip: messages/inbox/x.json" or "a.zip: x.json +2 more".
  std::string Describe(const std::vector<std::vector<std::string>>& groups) {
    std::lock_guard lock(mutex_);
    if (running_.empty()) return "";
    const auto& [first, member] = *running_.begin();
    std::string text = SanitizeForTerminal(ShortName(groups[first].front()));
    if (!member.empty()) text += ": " + SanitizeForTerminal(member);
    return running_.size() == 1 ? text : fmt::format("{} +{} more", text, running_.size() - 1);
  }

 private:
  std::mutex mutex_;
  std::map<std::size_t, std::string> running_;
};

bool WritesToStandardOutput(const CommandLine& cli) { return cli.output.empty() || cli.output == "-"; }

// The reports the inputs make: batch folders stand for their archives, parts of one
// export (by name and platform) are one report unless --merge/--no-merge say otherwise.
std::vector<std::vector<std::string>> ReportGroups(const CommandLine& cli, const RuleSet& rules) {
  ReadLimits limits;
  limits.max_compression_ratio = cli.max_ratio;
  return GroupExportParts(
      ExpandBatchFolders(cli.inputs),
      [&](const std::string& input) { return DetectInputPlatform(input, rules.platforms(), limits); }, cli.merge);
}

// "--fail-on financial matched in a.zip: orders.json#/card (financial card_number)"
std::string FailOnMessage(const FailOnMatch& match, const ArchiveReport& archive) {
  const FailOnTerm& t = *match.term;
  const std::string term = t.category.empty() ? t.kind : t.kind.empty() ? t.category : t.category + ":" + t.kind;
  const FieldEntry& f = *match.field;
  return fmt::format("--fail-on {} matched in {}: {}#{} ({} {})", term, archive.input, f.file, f.path, f.category,
                     f.kind);
}

class Batch {
 public:
  Batch(const CommandLine& cli, const RuleSet& rules, const Selection& selection, const PrinterEntry& printer,
        std::ostream& out)
      : cli_(cli), rules_(rules), classifier_(rules), selection_(selection), printer_(printer), out_(out),
        style_{UseColor(cli), cli.top_fields, TerminalWidth(WritesToStandardOutput(cli) ? STDOUT_FILENO : -1), cli.values},
        groups_(ReportGroups(cli, rules)), show_progress_(ShowsProgress(isatty(STDERR_FILENO), cli.quiet)),
        progress_(std::cerr, show_progress_, TerminalWidth(STDERR_FILENO)) {}

  // Audits every group and prints; returns the exit status.
  int Run() {
    const int threads = Threads(cli_);
    AuditOptions options;
    options.max_archive_depth = cli_.max_archive_depth;
    options.max_member_bytes = cli_.max_member_mib << 20;
    options.max_total_bytes = cli_.max_total_gib << 30;
    options.read.max_compression_ratio = cli_.max_ratio;
    options.read.max_skipped_bytes = options.max_total_bytes;  // skipping decompresses too (tar.bz2)
    options.max_nested_archive_bytes = cli_.max_nested_mib << 20;
    options.max_members = cli_.max_members;
    options.max_path_bytes = cli_.max_path_bytes;
    options.reader.max_nesting = cli_.max_nesting;
    options.max_fields = cli_.max_fields;
    options.max_paths_per_member = cli_.max_file_fields;
    options.max_field_path_bytes = cli_.max_field_path;
    options.reader.max_line_bytes = cli_.max_line_length;
    options.reader.max_encoded_word_bytes = cli_.max_encoded_word;
    options.reader.max_attributes = cli_.max_attributes;
    options.reader.max_columns = cli_.max_columns;
    options.reader.max_header_bytes = cli_.max_header_size;
    options.reader.max_label_frames = cli_.max_label_frames;
    options.platform = cli_.platform;
    // --jobs is the cores to use: one input keeps two busy with three threads (decompress,
    // parse, aggregate); several inputs get one thread each.
    options.jobs = groups_.size() == 1 ? threads : 1;
    StartProgress();
    RunOrdered<ArchiveReport>(
        groups_.size(), threads, [&](std::size_t i) { return Audit(i, options); },
        [&](std::size_t, ArchiveReport& archive) { Deliver(std::move(archive)); }, [&] { Tick(); });
    progress_.Clear();
    if (printer_.print_archive == nullptr) printer_.print(report_, style_, out_);
    out_.flush();
    Summarise();
    if (failed_) return kExitError;
    return matched_ ? kExitFindings : kExitOk;
  }

 private:
  ArchiveReport Audit(std::size_t i, const AuditOptions& options) {
    in_flight_.Start(i);
    AuditOptions own = options;
    if (show_progress_) own.on_member = [this, i](const std::string& member) { in_flight_.Member(i, member); };
    ArchiveReport archive = AuditOrFail(groups_[i], own);
    in_flight_.Finish(i);
    done_++;
    return archive;
  }

  // An input that throws (out of memory, a bug) is a failed input, named, and the rest
  // of the batch goes on; what was found in it before is lost.
  ArchiveReport AuditOrFail(const std::vector<std::string>& parts, const AuditOptions& options) {
    std::string error;
    try {
      ArchiveReport archive =
          BuildArchiveReport(AuditParts(parts, classifier_, options), rules_, ReportOptions{cli_.show_values});
      ApplyFilter(selection_.filter, &archive);
      return archive;
    } catch (const std::bad_alloc&) {
      error = "out of memory; nothing of this input is reported";
    } catch (const std::exception& e) {
      error = fmt::format("internal error: {}; nothing of this input is reported", e.what());
    }
    AuditResult failed;
    failed.input = parts.front();
    failed.parts = parts;
    failed.input_failed = true;
    failed.input_error = std::move(error);
    return BuildArchiveReport(std::move(failed), rules_, ReportOptions{cli_.show_values});
  }

  // On the calling thread, in input order.
  void Deliver(ArchiveReport archive) {
    progress_.Clear();
    if (archive.failed) {
      Error(fmt::format("{}: {}", archive.input, archive.error));
      failed_ = true;
      failures_++;
    }
    if (const auto match = FindFailOnMatch(selection_.fail_on, archive)) {
      std::cerr << "dataaudit: " << SanitizeForTerminal(FailOnMessage(*match, archive)) << '\n';
      matched_ = true;
    }
    if (printer_.print_archive != nullptr) {
      printer_.print_archive(archive, style_, out_);
      out_.flush();
    } else {
      report_.archives.push_back(std::move(archive));
    }
    Tick();
  }

  // One line on standard error after a batch of several reports: how many, how long.
  void Summarise() const {
    if (groups_.size() < 2 || cli_.quiet) return;
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    std::cerr << fmt::format("dataaudit: {} inputs: {} audited, {} failed, in {:.1f} s\n", groups_.size(),
                             groups_.size() - failures_, failures_, seconds);
  }

  void StartProgress() {
    start_ = Clock::now();
    if (!show_progress_) return;
    for (const auto& group : groups_)
      for (const std::string& input : group) bytes_total_ += InputBytes(input);
    bytes_before_ = ProcessBytesRead();
  }

  void Tick() {
    if (!show_progress_) return;
    ProgressState state{done_.load(), groups_.size(), std::nullopt, bytes_total_, in_flight_.Describe(groups_)};
    if (const auto now = ProcessBytesRead(); now && bytes_before_) state.bytes_read = *now - *bytes_before_;
    progress_.Update(state, std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start_));
  }

  const CommandLine& cli_;
  const RuleSet& rules_;
  const Classifier classifier_;
  const Selection& selection_;
  const PrinterEntry& printer_;
  std::ostream& out_;
  const PrintStyle style_;
  const std::vector<std::vector<std::string>> groups_;
  const bool show_progress_;
  ProgressLine progress_;
  InFlight in_flight_;
  std::atomic<std::size_t> done_ = 0;
  Clock::time_point start_;
  std::uint64_t bytes_total_ = 0;
  std::optional<std::uint64_t> bytes_before_;
  Report report_;
  bool failed_ = false;
  std::size_t failures_ = 0;
  bool matched_ = false;
};

// An audit that throws (out of memory, a bug) stops the batch with status 2; the
// reports of the inputs before it are already out.
int RunBatch(const CommandLine& cli, const RuleSet& rules, const Selection& selection, const PrinterEntry& printer,
             std::ostream& out) {
  try {
    return Batch(cli, rules, selection, printer, out).Run();
  } catch (const std::exception& e) {
    Error(fmt::format("internal error: {}", e.what()));
    return kExitError;
  }
}

// -o FILE: refused when it is (or is inside) an input; created before the first input is
// audited, so that a bad path fails at once, and put in place only once complete.
int RunToFile(const CommandLine& cli, const RuleSet& rules, const Selection& selection, const PrinterEntry& printer) {
  if (const std::string clash = CheckReportPath(cli.output, cli.inputs); !clash.empty()) {
    Error(clash);
    return kExitError;
  }
  ReportFile file;
  std::string error;
  if (!file.Open(cli.output, &error)) {
    Error(error);
    return kExitError;
  }
  const int status = RunBatch(cli, rules, selection, printer, file.stream());
  if (!file.Commit(&error)) {
    Error(error);
    return kExitError;
  }
  return status;
}

bool LoadRules(const CommandLine& cli, RuleSet* rules) {
  std::vector<std::string> errors;
  if (rules->Load(cli.default_rules, cli.rule_dirs, &errors)) return true;
  for (const std::string& e : errors) Error(e);
  return false;
}

}  // namespace

int RunAudit(const CommandLine& cli) {
  if (const std::string command = MistypedCommand(cli.inputs.front()); !command.empty()) {
    Error(fmt::format("{}: no such file or directory (did you mean the command 'dataaudit {}'?)", cli.inputs.front(),
                      command));
    return kExitError;
  }
  // "-" on a terminal would wait for an archive to be typed in.
  const bool stdin_input = std::find(cli.inputs.begin(), cli.inputs.end(), "-") != cli.inputs.end();
  if (stdin_input && isatty(STDIN_FILENO)) {
    Error("-: standard input is a terminal; pipe an archive into it (dataaudit - < export.zip)");
    return kExitError;
  }
  RuleSet rules;
  if (!LoadRules(cli, &rules)) return kExitError;
  Selection selection;
  if (std::string error; !ResolveSelection(cli, rules, &selection, &error)) {
    Error(error);
    return kExitError;
  }
  const PrinterEntry* printer = FindPrinter(cli.format);
  if (WritesToStandardOutput(cli)) return RunBatch(cli, rules, selection, *printer, std::cout);
  return RunToFile(cli, rules, selection, *printer);
}

}  // namespace dataaudit
