#include "cli/audit_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "audit/auditor.h"
#include "audit/export_parts.h"
#include "classify/classifier.h"
#include "cli/dispatch.h"
#include "cli/ordered_batch.h"
#include "cli/progress.h"
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

// Which inputs are being audited, for the progress line.
class InFlight {
 public:
  void Start(std::size_t i) {
    std::lock_guard lock(mutex_);
    running_.insert(i);
  }
  void Finish(std::size_t i) {
    std::lock_guard lock(mutex_);
    running_.erase(i);
  }

  std::string Describe(const std::vector<std::vector<std::string>>& groups) {
    std::lock_guard lock(mutex_);
    if (running_.empty()) return "";
    std::string first = SanitizeForTerminal(ShortName(groups[*running_.begin()].front()));
    return running_.size() == 1 ? first : fmt::format("{} +{} more", first, running_.size() - 1);
  }

 private:
  std::mutex mutex_;
  std::set<std::size_t> running_;
};

class Batch {
 public:
  Batch(const CommandLine& cli, const RuleSet& rules, const Selection& selection, const PrinterEntry& printer,
        std::ostream& out)
      : cli_(cli), rules_(rules), classifier_(rules), selection_(selection), printer_(printer), out_(out),
        style_{UseColor(cli), cli.top_fields, cli.values}, groups_(GroupExportParts(cli.inputs)),
        show_progress_(ShowsProgress(isatty(STDERR_FILENO), cli.quiet, printer.for_programs)),
        progress_(std::cerr, show_progress_, TerminalWidth(STDERR_FILENO)) {}

  // Audits every group and prints; returns the exit status.
  int Run() {
    const int threads = Threads(cli_);
    AuditOptions options;
    options.max_archive_depth = cli_.max_archive_depth;
    options.max_member_bytes = cli_.max_member_mib << 20;
    options.max_total_bytes = cli_.max_total_gib << 30;
    options.read.max_compression_ratio = cli_.max_ratio;
    options.max_members = cli_.max_members;
    options.max_path_bytes = cli_.max_path_bytes;
    options.reader.max_nesting = cli_.max_nesting;
    options.max_fields = cli_.max_fields;
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
    if (failed_) return kExitError;
    return matched_ ? kExitFindings : kExitOk;
  }

 private:
  ArchiveReport Audit(std::size_t i, const AuditOptions& options) {
    in_flight_.Start(i);
    AuditResult result = AuditParts(groups_[i], classifier_, options);
    ArchiveReport archive = BuildArchiveReport(std::move(result), rules_, ReportOptions{cli_.show_values});
    ApplyFilter(selection_.filter, &archive);
    in_flight_.Finish(i);
    done_++;
    return archive;
  }

  // On the calling thread, in input order.
  void Deliver(ArchiveReport archive) {
    progress_.Clear();
    if (archive.failed) {
      Error(fmt::format("{}: {}", archive.input, archive.error));
      failed_ = true;
    }
    if (FailOnMatched(selection_.fail_on, archive)) matched_ = true;
    if (printer_.print_archive != nullptr) {
      printer_.print_archive(archive, style_, out_);
      out_.flush();
    } else {
      report_.archives.push_back(std::move(archive));
    }
    Tick();
  }

  void StartProgress() {
    start_ = Clock::now();
    if (!show_progress_) return;
    for (const std::string& input : cli_.inputs) bytes_total_ += InputBytes(input);
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
  RuleSet rules;
  if (!LoadRules(cli, &rules)) return kExitError;
  Selection selection;
  if (std::string error; !ResolveSelection(cli, rules, &selection, &error)) {
    Error(error);
    return kExitError;
  }
  const PrinterEntry* printer = FindPrinter(cli.format);
  if (cli.output.empty()) return RunBatch(cli, rules, selection, *printer, std::cout);
  // Opened before the first input is audited, so that a bad path fails at once.
  std::ofstream file(cli.output, std::ios::binary | std::ios::trunc);
  if (!file) {
    Error(fmt::format("{}: cannot write the report", cli.output));
    return kExitError;
  }
  const int status = RunBatch(cli, rules, selection, *printer, file);
  if (!file) {
    Error(fmt::format("{}: cannot write the report", cli.output));
    return kExitError;
  }
  return status;
}

}  // namespace dataaudit
