#include "audit/auditor.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <new>
#include <optional>
#include <set>

#include "archive/input.h"
#include "archive/prefetch.h"
#include "archive/unsupported_archive.h"
#include "archive/utf16_member.h"
#include "audit/member_head.h"
#include "documents/format.h"
#include "fields/field_table.h"
#include "fields/repairing_sink.h"
#include "fields/threaded_sink.h"
#include "headlines/document_headlines.h"
#include "platforms/platform_detector.h"

namespace dataaudit {
namespace {

// Members at least this large get a thread for their field aggregation: starting one
// costs tens of microseconds, parsing a mebibyte some milliseconds.
constexpr std::int64_t kThreadedSinkMinBytes = 1 << 20;

// State shared by an input's auditors at every nesting depth.
struct AuditContext {
  const Classifier& classifier;
  const AuditOptions& options;
  AuditResult& result;
  PlatformDetector detector;
  const PlatformInfo* declared = nullptr;  // --platform
  std::set<std::string> seen_members{};    // across the parts of one export
  bool multi_part = false;
  PlanCache plans{};                       // field plans shared by members of one shape
  std::uint64_t bytes_read = 0;            // uncompressed, all members so far
  std::uint64_t nested_bytes_held = 0;     // nested archives in memory at this moment
  bool total_limit_reported = false;
  bool field_limit_reported = false;
  std::size_t top_value_bytes = 0;  // of the fields kept (fields/field_stats.h)
  bool top_values_spent = false;
  HeadlineBook headlines{classifier.rules()};  // what feeds result.headlines

  // Meta exports need their mojibake repaired. Decided per member from what is known:
  // the declared or best platform so far, or the member's own evidence (its path or
  // first bytes) when it has the shape of a Meta export (the first files read come
  // before the score is in).
  bool RepairsMojibake(const std::vector<const PlatformInfo*>& own) const {
    const PlatformInfo* platform = declared != nullptr ? declared : detector.Best();
    if (platform != nullptr) return platform->family == "meta";
    return std::any_of(own.begin(), own.end(), [](const PlatformInfo* p) { return p->family == "meta"; });
  }

  // The platforms a member belongs to, for rules scoped with `platforms`: the declared
  // one; else those its own evidence points to and those detected so far. Sorted names.
  std::vector<std::string> MemberPlatforms(const std::vector<const PlatformInfo*>& own) const {
    if (declared != nullptr) return {declared->name};
    std::vector<std::string> names;
    for (const PlatformInfo* p : own) names.push_back(p->name);
    for (const PlatformInfo* p : detector.Detected()) names.push_back(p->name);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
  }
};

// The platforms a member's own path or content points to (weight-0 signatures too).
using OwnPlatforms = std::vector<const PlatformInfo*>;

void AddOwn(OwnPlatforms& own, const OwnPlatforms& more) {
  for (const PlatformInfo* p : more)
    if (std::find(own.begin(), own.end(), p) == own.end()) own.push_back(p);
}

bool IsMedia(std::string_view path) { return FormatFromName(path) == DocumentFormat::kMedia; }

class Auditor final : public MemberVisitor {
 public:
  Auditor(AuditContext& context, std::string prefix, int depth)
      : context_(context), classifier_(context.classifier), options_(context.options),
        result_(context.result), prefix_(std::move(prefix)), depth_(depth) {}

  // A member that throws (out of memory, a bug) is an error of that member and of the
  // input (exit 2); the other members are still read.
  void OnMember(const MemberInfo& info, MemberData& data) override {
    try {
      Visit(info, data);
    } catch (const std::bad_alloc&) {
      Failed(prefix_ + info.path, "out of memory while reading this member; the rest of it is not read");
    } catch (const std::exception& e) {
      Failed(prefix_ + info.path, fmt::format("internal error: {}; the rest of this member is not read", e.what()));
    }
  }

  void Visit(const MemberInfo& info, MemberData& data) {
    const std::string file = prefix_ + info.path;
    // A file that several parts of one export all carry counts once.
    if (context_.multi_part && depth_ == 0 && !context_.seen_members.insert(file).second) return;
    if (depth_ == 0 && options_.on_member) options_.on_member(file);
    result_.files.total++;
    if (depth_ == 0) {
      const std::size_t slash = info.path.find('/');
      result_.top_segments.insert(slash == std::string::npos ? "" : info.path.substr(0, slash));
    }
    if (OverLimit(file)) return;
    OwnPlatforms own = context_.detector.Observe(file);
    DocumentFormat format = FormatFromName(info.path);
    if (format == DocumentFormat::kMedia) {
      result_.files.skipped++;
      return;
    }
    std::string_view first;
    std::string error;
    if (!data.Read(&first, &error)) return ReadFailed(file, error);
    if (LooksLikeUtf32(first, format != DocumentFormat::kUnknown && format != DocumentFormat::kArchive)) {
      result_.files.errors++;
      return Diagnose(file, Severity::kError, "UTF-32 is not supported; the member is not read");
    }
    if (StartsWithUtf16Bom(first)) {  // transcode, then dispatch the UTF-8 as usual
      Utf16MemberData utf8(data, first);
      if (!utf8.Read(&first, &error)) return ReadFailed(file, error);
      return Dispatch(file, format, first, utf8, info.size, own);
    }
    Dispatch(file, format, first, data, info.size, own);
  }

  void Dispatch(const std::string& file, DocumentFormat format, std::string_view first,
                MemberData& data, std::int64_t size, OwnPlatforms& own) {
    if (format == DocumentFormat::kUnknown) format = SniffFormat(first.substr(0, 512));
    switch (format) {
      case DocumentFormat::kArchive: return NestedArchive(file, first, data, size);
      case DocumentFormat::kUnknown:
        if (const auto archive = UnsupportedArchiveFormat(first))
          Diagnose(file, Severity::kWarning, fmt::format("{} archives are not supported; not read", *archive));
        [[fallthrough]];
      case DocumentFormat::kMedia: result_.files.unrecognised++; return;
      default: break;
    }
    // The same first bytes whatever the chunking, then detection by content.
    MemberHead head(data, first);
    std::string error;
    if (!head.Fill(kSniffBytes, &error)) return ReadFailed(file, error);
    AddOwn(own, context_.detector.ObserveContent(file, head.head()));
    Document(file, format, head.head(), head, size, own);
  }

  void OnIgnoredEntry(const std::string& path, const std::string& reason) override {
    Diagnose(prefix_ + path, Severity::kWarning, reason);
  }

 private:
  // Skips the member, with a warning, when a count or size limit says so.
  bool OverLimit(const std::string& file) {
    if (file.size() > options_.max_path_bytes) {
      result_.files.skipped++;
      Diagnose(file.substr(0, 200) + "...", Severity::kWarning,
               fmt::format("member path longer than {} bytes, not read", options_.max_path_bytes));
      return true;
    }
    if (result_.files.total > options_.max_members || context_.bytes_read > options_.max_total_bytes) {
      result_.files.skipped++;
      if (!context_.total_limit_reported) {
        context_.total_limit_reported = true;
        Diagnose(file, Severity::kWarning,
                 result_.files.total > options_.max_members
                     ? fmt::format("more than {} members; this one and the rest are not read", options_.max_members)
                     : fmt::format("more than {} GiB read; this member and the rest are not read",
                                   options_.max_total_bytes >> 30));
      }
      return true;
    }
    return false;
  }

  // Reads the next chunk, counting bytes against the member and total limits.
  bool ReadCounted(MemberData& data, std::uint64_t& member_bytes, std::string_view* chunk,
                   std::string* error) {
    if (!data.Read(chunk, error)) return false;
    member_bytes += chunk->size();
    context_.bytes_read += chunk->size();
    if (member_bytes > options_.max_member_bytes) {
      *error = fmt::format("member larger than {} MiB; the rest of it is not read", options_.max_member_bytes >> 20);
      return false;
    }
    return true;
  }

  void Document(const std::string& file, DocumentFormat format, std::string_view first, MemberData& data,
                std::int64_t size, const OwnPlatforms& own) {
    FieldTable table(file, classifier_, options_.max_paths_per_member, &context_.plans, context_.MemberPlatforms(own),
                     options_.max_field_path_bytes);
    DocumentHeadlines headlines(context_.headlines, result_.headlines, file);
    table.FeedHeadlines(&headlines);
    table.FeedTimeline(&result_.timeline);
    MojibakeRepairingSink repairing(table);
    DocumentSink* sink = context_.RepairsMojibake(own) ? static_cast<DocumentSink*>(&repairing) : &table;
    // A large member is aggregated on a thread of its own while it is parsed.
    std::optional<ThreadedSink> threaded;
    if (options_.jobs > 1 && size >= kThreadedSinkMinBytes)
      sink = &threaded.emplace(*sink, options_.max_paths_per_member, options_.max_field_path_bytes);
    auto reader = MakeReader(format, *sink, options_.reader);
    std::string_view chunk = first;
    std::string error;
    bool read_ok = true;
    std::uint64_t member_bytes = first.size();
    context_.bytes_read += first.size();
    while (!chunk.empty() && !reader->failed()) {
      reader->Feed(chunk);
      if (!ReadCounted(data, member_bytes, &chunk, &error)) read_ok = false, chunk = {};
    }
    if (read_ok) reader->Finish();
    if (threaded) threaded->Finish();
    auto fields = table.Finish();
    for (auto& field : fields) {
      if (result_.fields.size() >= options_.max_fields) {
        if (!context_.field_limit_reported) {
          context_.field_limit_reported = true;
          Diagnose(file, Severity::kWarning,
                   fmt::format("more than {} fields in this input; the fields of this and later members that "
                               "exceed it are not reported",
                               options_.max_fields));
        }
        break;
      }
      KeepTopValuesWithinBudget(file, field);
      result_.fields.push_back(std::move(field));
    }
    if (table.overflowed())
      Diagnose(file, Severity::kWarning,
               fmt::format("more than {} distinct paths (--max-file-fields); the rest are counted together",
                           options_.max_paths_per_member));
    if (table.path_cut() || (threaded && threaded->path_cut()))
      Diagnose(file, Severity::kWarning,
               fmt::format("a field path longer than {} bytes (--max-field-path) is cut there",
                           options_.max_field_path_bytes));
    for (const std::string& note : reader->limit_notes()) Diagnose(file, Severity::kWarning, note);
    if (!read_ok) return ReadFailed(file, error);
    if (reader->failed()) {
      result_.files.errors++;
      Diagnose(file, Severity::kError,
               fmt::format("{} parse error: {}", FormatName(format), reader->error()));
      return;
    }
    result_.files.parsed++;
  }

  // Nested archives are read into memory: all of them open at once (one per depth)
  // share max_nested_archive_bytes, so memory stays bounded at any --max-archive-depth.
  void NestedArchive(const std::string& file, std::string_view first, MemberData& data, std::int64_t size) {
    if (depth_ >= options_.max_archive_depth) {
      result_.files.skipped++;
      return Diagnose(file, Severity::kWarning,
                      fmt::format("archive nested deeper than {} levels, not opened", options_.max_archive_depth));
    }
    const std::uint64_t room = options_.max_nested_archive_bytes - context_.nested_bytes_held;
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(room, size > 0 ? size : first.size())));
    std::string_view chunk = first;
    std::string error;
    while (!chunk.empty()) {
      if (bytes.size() + chunk.size() > room) {
        result_.files.skipped++;
        return Diagnose(file, Severity::kWarning, NestedTooLarge(room));
      }
      bytes.append(chunk);
      if (!data.Read(&chunk, &error)) return ReadFailed(file, error);
    }
    struct Held {  // released however the nested audit ends
      std::uint64_t& held;
      std::uint64_t bytes;
      ~Held() { held -= bytes; }
    } held{context_.nested_bytes_held, bytes.size()};
    context_.nested_bytes_held += held.bytes;
    Auditor nested(context_, file + "!", depth_ + 1);
    const InputStatus status = ReadArchiveMemory(bytes, nested, options_.read);
    if (!status.ok) {
      result_.files.errors++;
      return Diagnose(file, Severity::kError, fmt::format("nested archive: {}", status.error));
    }
    result_.files.parsed++;
  }

  std::string NestedTooLarge(std::uint64_t room) const {
    if (room == options_.max_nested_archive_bytes)
      return fmt::format("nested archive larger than {} MiB (--max-nested-size), not opened", room >> 20);
    return fmt::format("nested archive larger than the {} MiB that the archives around it leave of "
                       "--max-nested-size {}, not opened",
                       room >> 20, options_.max_nested_archive_bytes >> 20);
  }

  // An exception in a member: an error naming the member, and the input exits 2.
  void Failed(const std::string& file, const std::string& message) {
    result_.files.errors++;
    Diagnose(file, Severity::kError, message);
    if (!result_.input_failed) {
      result_.input_failed = true;
      result_.input_error = fmt::format("{}: {}", file, message);
    }
  }

  void ReadFailed(const std::string& file, const std::string& error) {
    result_.files.errors++;
    Diagnose(file, Severity::kError, fmt::format("cannot read member: {}", error));
  }

  // Keeps `field`'s top values while the input's budget lasts; once it is spent, later
  // fields report none and one warning names the member where that began.
  void KeepTopValuesWithinBudget(const std::string& file, FieldStats& field) {
    const std::size_t bytes = TopValuesBytes(field.top_values);
    if (!context_.top_values_spent && context_.top_value_bytes + bytes <= options_.top_values_budget) {
      context_.top_value_bytes += bytes;
      return;
    }
    std::vector<TopValue>().swap(field.top_values);
    if (context_.top_values_spent) return;
    context_.top_values_spent = true;
    Diagnose(file, Severity::kWarning,
             fmt::format("the top values of this input's fields fill {} KiB; this and later fields report none",
                         options_.top_values_budget >> 10));
  }

  void Diagnose(const std::string& file, Severity severity, std::string message) {
    result_.diagnostics.push_back({file, severity, std::move(message)});
  }

  AuditContext& context_;
  const Classifier& classifier_;
  const AuditOptions& options_;
  AuditResult& result_;
  std::string prefix_;
  int depth_;
};

}  // namespace

// A download cut at exactly 2 or 4 GiB is the classic sign of a truncated Takeout part.
void WarnTruncatedDownload(const std::string& part, AuditResult& result) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(part, ec);
  if (!ec && (size == (2ull << 30) || size == (4ull << 30)))
    result.diagnostics.push_back({part, Severity::kWarning,
                                  fmt::format("the file is exactly {} GiB: the download may have been cut short",
                                              size >> 30)});
}

AuditResult AuditParts(const std::vector<std::string>& parts, const Classifier& classifier,
                       const AuditOptions& options) {
  AuditResult result;
  result.input = parts.front();
  result.parts = parts;
  AuditContext context{classifier, options, result, PlatformDetector(classifier.rules().platforms()),
                       classifier.rules().FindPlatform(options.platform)};
  context.multi_part = parts.size() > 1;
  std::uint64_t members = 0;
  for (const std::string& part : parts) {
    WarnTruncatedDownload(part, result);
    Auditor auditor(context, "", 0);
    const InputStatus status =
        options.jobs > 1 ? ReadInputPrefetched(part, auditor, IsMedia, options.read) : ReadInput(part, auditor, options.read);
    members += status.members;
    if (!status.ok && !result.input_failed) {
      result.input_failed = true;
      result.input_error = parts.size() > 1 ? fmt::format("{}: {}", part, status.error) : status.error;
    }
  }
  if (context.declared != nullptr) {
    result.platforms = {context.declared->name};
    result.platform_evidence = {{"declared: --platform " + context.declared->name, ""}};
  } else {
    const auto& detected = context.detector.Detected();
    for (const PlatformInfo* platform : detected) result.platforms.push_back(platform->name);
    result.platform_evidence = context.detector.Evidence(detected);
  }
  if (!result.input_failed && members == 0) {
    result.input_failed = true;
    result.input_error = "no files in the input";
  }
  return result;
}

AuditResult AuditInput(const std::string& input, const Classifier& classifier, const AuditOptions& options) {
  return AuditParts({input}, classifier, options);
}

}  // namespace dataaudit
