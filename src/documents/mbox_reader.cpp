// Streaming mbox reader; see mbox_reader.h for the contract.
//
// Design: header lines are collected into one bounded line buffer and one bounded value
// buffer (for unfolding). In a body, a line is only looked at until its first bytes rule
// out a "From " separator; the rest of it is skipped with memchr, so bodies are neither
// copied nor buffered.

#include "documents/mbox_reader.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>

namespace dataaudit {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kFrom = "From ";
constexpr std::size_t kMaxSeparatorLine = 1024;

enum class HeaderKind : std::uint8_t { kAddresses, kSubject, kDate, kLabels };

struct HeaderSpec {
  std::string_view name;  // spelling of the path segment
  HeaderKind kind;
};

constexpr std::array<HeaderSpec, 10> kHeaderSpecs = {{
    {"Bcc", HeaderKind::kAddresses},
    {"Cc", HeaderKind::kAddresses},
    {"Date", HeaderKind::kDate},
    {"Delivered-To", HeaderKind::kAddresses},
    {"From", HeaderKind::kAddresses},
    {"Reply-To", HeaderKind::kAddresses},
    {"Sender", HeaderKind::kAddresses},
    {"Subject", HeaderKind::kSubject},
    {"To", HeaderKind::kAddresses},
    {"X-Gmail-Labels", HeaderKind::kLabels},
}};

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (Lower(a[i]) != Lower(b[i])) return false;
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (IsBlank(s.front()) || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (IsBlank(s.back()) || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

const HeaderSpec* FindHeader(std::string_view name) {
  for (const HeaderSpec& spec : kHeaderSpecs)
    if (EqualsIgnoreCase(spec.name, name)) return &spec;
  return nullptr;
}

// A header field name: printable ASCII without ':' (RFC 5322 section 3.6.8), optionally
// followed by blanks (obsolete syntax).
bool IsFieldName(std::string_view name) {
  while (!name.empty() && IsBlank(name.back())) name.remove_suffix(1);
  if (name.empty()) return false;
  return std::all_of(name.begin(), name.end(), [](char c) { return c > 32 && c < 127 && c != ':'; });
}

bool IsHeaderStart(std::string_view line) {
  const std::size_t colon = line.find(':');
  return colon != std::string_view::npos && IsFieldName(line.substr(0, colon));
}

// "From <sender> <date with hh:mm and a year>".
bool IsSeparator(std::string_view line) {
  if (!line.starts_with(kFrom)) return false;
  std::string_view rest = line.substr(kFrom.size());
  std::size_t token = 0;
  while (token < rest.size() && !IsBlank(rest[token])) ++token;
  if (token == 0 || token == rest.size()) return false;
  rest.remove_prefix(token);
  bool time = false, year = false;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (i + 4 < rest.size() && IsDigit(rest[i]) && IsDigit(rest[i + 1]) && rest[i + 2] == ':' &&
        IsDigit(rest[i + 3]) && IsDigit(rest[i + 4]))
      time = true;
    if (IsDigit(rest[i]) && (i == 0 || !IsDigit(rest[i - 1]))) {
      std::size_t end = i;
      while (end < rest.size() && IsDigit(rest[end])) ++end;
      if (end - i == 4 && (i == 0 || (rest[i - 1] != '+' && rest[i - 1] != '-'))) {
        int value = 0;
        for (std::size_t d = i; d < end; ++d) value = value * 10 + (rest[d] - '0');
        if (value >= 1970 && value <= 2100) year = true;
      }
    }
  }
  return time && year;
}

// --- addresses ---------------------------------------------------------------------------

// Calls emit(address) for each mailbox of an RFC 5322 address list.
template <typename Emit>
void ForEachAddress(std::string_view list, Emit&& emit) {
  std::string bare, angle;
  bool has_angle = false;
  auto finish = [&] {
    std::string_view address = Trim(has_angle ? std::string_view(angle) : std::string_view(bare));
    if (address.size() >= 7 && EqualsIgnoreCase(address.substr(0, 7), "mailto:")) address.remove_prefix(7);
    address = Trim(address);
    if (address.find('@') != std::string_view::npos) emit(address);
    bare.clear();
    angle.clear();
    has_angle = false;
  };
  for (std::size_t i = 0; i < list.size(); ++i) {
    const char c = list[i];
    if (c == '"') {  // quoted display name or local part
      std::string quoted;
      for (++i; i < list.size() && list[i] != '"'; ++i) {
        if (list[i] == '\\' && i + 1 < list.size()) ++i;
        quoted.push_back(list[i]);
      }
      // A quoted local part ("a b"@example.com) belongs to the address; a name does not.
      if (i + 1 < list.size() && list[i + 1] == '@') bare += '"' + quoted + '"';
    } else if (c == '(') {  // comment, may nest
      int depth = 1;
      for (++i; i < list.size() && depth > 0; ++i) {
        if (list[i] == '\\') ++i;
        else if (list[i] == '(') ++depth;
        else if (list[i] == ')') --depth;
      }
      --i;
    } else if (c == '<') {
      angle.clear();
      for (++i; i < list.size() && list[i] != '>'; ++i) angle.push_back(list[i]);
      has_angle = true;
    } else if (c == ',' || c == ';') {
      finish();
    } else if (c == ':' && !has_angle) {  // "Group name:" starts a group
      bare.clear();
    } else {
      bare.push_back(c);
    }
  }
  finish();
}

// --- RFC 2047 encoded words ----------------------------------------------------------------

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<std::string> DecodeWordBytes(char encoding, std::string_view text) {
  std::string out;
  if (encoding == 'B' || encoding == 'b') {
    unsigned bits = 0;
    int count = 0;
    for (char c : text) {
      if (c == '=') break;
      const int v = Base64Value(c);
      if (v < 0) return std::nullopt;
      bits = (bits << 6) | static_cast<unsigned>(v);
      count += 6;
      if (count >= 8) {
        count -= 8;
        out.push_back(static_cast<char>((bits >> count) & 0xFF));
      }
    }
    return out;
  }
  if (encoding == 'Q' || encoding == 'q') {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '_') {
        out.push_back(' ');
      } else if (text[i] == '=' && i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0) {
        out.push_back(static_cast<char>(HexValue(text[i + 1]) * 16 + HexValue(text[i + 2])));
        i += 2;
      } else {
        out.push_back(text[i]);
      }
    }
    return out;
  }
  return std::nullopt;
}

std::optional<std::string> ToUtf8(std::string_view charset, std::string bytes) {
  if (const std::size_t star = charset.find('*'); star != std::string_view::npos) charset = charset.substr(0, star);
  if (EqualsIgnoreCase(charset, "utf-8") || EqualsIgnoreCase(charset, "utf8") || EqualsIgnoreCase(charset, "us-ascii"))
    return bytes;
  if (EqualsIgnoreCase(charset, "iso-8859-1") || EqualsIgnoreCase(charset, "latin1") ||
      EqualsIgnoreCase(charset, "iso-8859-15") || EqualsIgnoreCase(charset, "windows-1252") ||
      EqualsIgnoreCase(charset, "cp1252")) {
    std::string out;
    for (unsigned char c : bytes) {
      if (c < 0x80) {
        out.push_back(static_cast<char>(c));
      } else {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      }
    }
    return out;
  }
  return std::nullopt;
}

// Decodes "=?charset?B|Q?text?=" words of at most `max_word` bytes; blanks between two
// encoded words are dropped. Linear time: the next "?=" is searched once and kept until
// the scan passes it, so a header of a million "=?" openers without a "?=" is read once.
// Sets *cut when a well-formed opener's word was longer than max_word (left as written).
std::string DecodeEncodedWords(std::string_view s, std::size_t max_word, bool* cut) {
  std::string out, blanks;
  bool after_word = false;
  std::size_t i = 0;
  std::size_t close = 0;       // the next "?=" at or after close_from, or npos
  std::size_t close_from = 0;  // where that search started
  bool close_known = false;
  while (i < s.size()) {
    if (s.substr(i, 2) == "=?") {
      const std::size_t q1 = s.find('?', i + 2);
      if (q1 != std::string_view::npos && q1 + 2 < s.size() && s[q1 + 2] == '?') {
        if (!close_known || (close != std::string_view::npos && close < q1 + 3)) {
          close_from = q1 + 3;
          close = s.find("?=", close_from);
          close_known = true;
        }
        const std::size_t end = close != std::string_view::npos && close >= q1 + 3 ? close : std::string_view::npos;
        if (end != std::string_view::npos && end + 2 - i > max_word) *cut = true;
        if (end != std::string_view::npos && end + 2 - i <= max_word) {
          const auto bytes = DecodeWordBytes(s[q1 + 1], s.substr(q1 + 3, end - q1 - 3));
          const auto text = bytes ? ToUtf8(s.substr(i + 2, q1 - i - 2), *bytes) : std::nullopt;
          if (text) {
            if (!after_word) out += blanks;
            blanks.clear();
            out += *text;
            after_word = true;
            i = end + 2;
            continue;
          }
        }
      }
    }
    if (IsBlank(s[i])) {
      blanks.push_back(s[i++]);
      continue;
    }
    out += blanks;
    blanks.clear();
    out.push_back(s[i++]);
    after_word = false;
  }
  out += blanks;
  return out;
}

// --- dates ----------------------------------------------------------------------------------

// "[Day,] d Mon yyyy hh:mm[:ss] [zone] [(comment)]" in ISO 8601, or nullopt.
std::optional<std::string> Rfc5322ToIso(std::string_view date) {
  std::string cleaned;
  int depth = 0;
  for (char c : date) {
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (depth == 0) cleaned.push_back(c == ',' ? ' ' : c);
  }
  std::array<std::string_view, 8> tokens{};
  std::size_t count = 0;
  std::string_view rest = cleaned;
  while (count < tokens.size()) {
    rest = Trim(rest);
    if (rest.empty()) break;
    std::size_t end = 0;
    while (end < rest.size() && !IsBlank(rest[end])) ++end;
    tokens[count++] = rest.substr(0, end);
    rest.remove_prefix(end);
  }
  if (!Trim(rest).empty()) return std::nullopt;
  static constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                               "jul", "aug", "sep", "oct", "nov", "dec"};
  auto month_of = [&](std::string_view t) -> int {
    if (t.size() < 3) return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m)
      if (EqualsIgnoreCase(t.substr(0, 3), kMonths[m])) return static_cast<int>(m) + 1;
    return 0;
  };
  auto number = [](std::string_view t, std::size_t min_digits, std::size_t max_digits) -> int {
    if (t.size() < min_digits || t.size() > max_digits) return -1;
    int v = 0;
    for (char c : t) {
      if (!IsDigit(c)) return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  std::size_t k = 0;
  if (k < count && !tokens[k].empty() && !IsDigit(tokens[k][0])) ++k;  // day name
  if (count < k + 4) return std::nullopt;
  const int day = number(tokens[k], 1, 2);
  const int month = month_of(tokens[k + 1]);
  int year = number(tokens[k + 2], 2, 4);
  if (day < 1 || day > 31 || month == 0 || year < 0) return std::nullopt;
  if (tokens[k + 2].size() == 2) year += year < 50 ? 2000 : 1900;
  const std::string_view time = tokens[k + 3];
  int hh = -1, mm = -1, ss = 0;
  if (time.size() == 5 || time.size() == 8) {
    hh = number(time.substr(0, 2), 2, 2);
    mm = time[2] == ':' ? number(time.substr(3, 2), 2, 2) : -1;
    if (time.size() == 8) ss = time[5] == ':' ? number(time.substr(6, 2), 2, 2) : -1;
  }
  if (hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 60) return std::nullopt;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hh, mm, ss);
  std::string out = buffer;
  if (count == k + 4) return out;
  if (count > k + 5) return std::nullopt;
  const std::string_view zone = tokens[k + 4];
  int offset_minutes = 0;
  bool known = true;
  if ((zone.front() == '+' || zone.front() == '-') && number(zone.substr(1), 4, 4) >= 0) {
    const int hhmm = number(zone.substr(1), 4, 4);
    offset_minutes = (hhmm / 100) * 60 + hhmm % 100;
    if (zone.front() == '-') offset_minutes = -offset_minutes;
  } else {
    static constexpr std::array<std::pair<std::string_view, int>, 12> kZones = {{
        {"UT", 0}, {"UTC", 0}, {"GMT", 0}, {"Z", 0}, {"EST", -300}, {"EDT", -240},
        {"CST", -360}, {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}}};
    known = false;
    for (const auto& [name, minutes] : kZones)
      if (EqualsIgnoreCase(zone, name)) known = true, offset_minutes = minutes;
  }
  if (!known) return out;
  if (offset_minutes == 0) return out + "Z";
  const int absolute = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", offset_minutes < 0 ? '-' : '+', absolute / 60,
                absolute % 60);
  return out + buffer;
}

// --- reader ---------------------------------------------------------------------------------

class MboxReader final : public DocumentReader {
 public:
  MboxReader(DocumentSink& sink, const ReaderLimits& limits)
      : sink_(sink),
        max_bytes_(std::max<std::size_t>(limits.max_line_bytes, 1)),
        max_line_(std::max(max_bytes_, kMaxSeparatorLine)),
        max_word_(limits.max_encoded_word_bytes) {}

  void Feed(std::string_view chunk) override {
    if (finished_ || failed()) return;
    const char* p = chunk.data();
    const char* const end = p + chunk.size();
    while (p < end) {
      if (skipping_) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (nl == nullptr) return;
        p = static_cast<const char*>(nl) + 1;
        skipping_ = false;
        line_.clear();
        continue;
      }
      const char c = *p++;
      if (c == '\n') {
        EndLine();
        if (failed()) return;
        continue;
      }
      if (line_.size() < max_line_) line_.push_back(c);
      else if (state_ != State::kBody) NoteLineCut();
      if (state_ == State::kBody) {
        // Only a line that can still become a separator is kept.
        const std::size_t n = std::min(line_.size(), kFrom.size());
        if (line_.compare(0, n, kFrom, 0, n) != 0 || line_.size() > kMaxSeparatorLine) skipping_ = true;
      }
    }
  }

  void Finish() override {
    if (finished_) return;
    finished_ = true;
    if (!skipping_ && !line_.empty() && !failed()) EndLine();
    FlushHeader();
    if (in_message_) sink_.EndRecord();
    in_message_ = false;
  }

 private:
  enum class State : std::uint8_t { kStart, kHeaders, kBody };

  void EndLine() {
    std::string_view line = line_;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (first_line_) {
      first_line_ = false;
      if (line.starts_with(kBom)) line.remove_prefix(kBom.size());
    }
    switch (state_) {
      case State::kStart:
        if (Trim(line).empty()) break;
        if (IsSeparator(line)) {
          StartMessage();
        } else if (IsHeaderStart(line)) {
          StartMessage();
          HeaderLine(line);
        } else {
          Fail("not a mail file: the first line is neither a \"From \" separator nor a header");
        }
        break;
      case State::kHeaders:
        if (IsSeparator(line)) {
          StartMessage();
        } else if (line.empty()) {
          FlushHeader();
          state_ = State::kBody;
        } else {
          HeaderLine(line);
        }
        break;
      case State::kBody:
        if (IsSeparator(line)) StartMessage();
        break;
    }
    line_.clear();
  }

  void StartMessage() {
    FlushHeader();
    if (in_message_) sink_.EndRecord();
    sink_.BeginRecord();
    in_message_ = true;
    state_ = State::kHeaders;
  }

  void HeaderLine(std::string_view line) {
    if (IsBlank(line.front())) {  // folded continuation
      if (pending_ != nullptr) AppendValue(line);
      return;
    }
    FlushHeader();
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !IsFieldName(line.substr(0, colon))) {
      state_ = State::kBody;  // the body starts without a blank line
      return;
    }
    std::string_view name = line.substr(0, colon);
    while (!name.empty() && IsBlank(name.back())) name.remove_suffix(1);
    pending_ = FindHeader(name);
    value_.clear();
    if (pending_ != nullptr) AppendValue(line.substr(colon + 1));
  }

  void AppendValue(std::string_view text) {
    const std::size_t room = max_bytes_ > value_.size() ? max_bytes_ - value_.size() : 0;
    if (text.size() > room) NoteLineCut();
    value_.append(text.substr(0, room));
  }

  void NoteLineCut() {
    if (line_cut_) return;
    line_cut_ = true;
    NoteLimit("a mail header longer than " + std::to_string(max_bytes_) +
              " bytes (--max-line-length); the rest of it is not read");
  }

  void FlushHeader() {
    if (pending_ == nullptr) return;
    const HeaderSpec& spec = *pending_;
    pending_ = nullptr;
    const std::string_view value = Trim(value_);
    if (value.empty()) return;
    const NodeId node = sink_.Child(kRootNode, spec.name);
    switch (spec.kind) {
      case HeaderKind::kAddresses:
        ForEachAddress(value, [&](std::string_view address) { sink_.Value(node, address, ValueType::kString); });
        break;
      case HeaderKind::kSubject: {
        bool cut = false;
        const std::string decoded = DecodeEncodedWords(value, max_word_, &cut);
        if (cut)
          NoteLimit("an encoded word longer than " + std::to_string(max_word_) +
                    " bytes (--max-encoded-word) is left undecoded");
        const std::string_view text = Trim(decoded);
        if (!text.empty()) sink_.Value(node, text, ValueType::kString);
        break;
      }
      case HeaderKind::kDate: {
        const auto iso = Rfc5322ToIso(value);
        sink_.Value(node, iso ? std::string_view(*iso) : value, ValueType::kString);
        break;
      }
      case HeaderKind::kLabels: {
        std::string_view rest = value;
        while (true) {
          const std::size_t comma = rest.find(',');
          const std::string_view label = Trim(rest.substr(0, comma));
          if (!label.empty()) sink_.Value(node, label, ValueType::kString);
          if (comma == std::string_view::npos) break;
          rest.remove_prefix(comma + 1);
        }
        break;
      }
    }
    value_.clear();
  }

  DocumentSink& sink_;
  const std::size_t max_bytes_;  // one header value
  const std::size_t max_line_;   // one line: a value, or at least a separator line
  const std::size_t max_word_;   // one RFC 2047 encoded word
  bool line_cut_ = false;        // a header was cut (noted once)
  State state_ = State::kStart;
  std::string line_;   // the current line (headers), or the first bytes of a body line
  std::string value_;   // the unfolded value of the pending header
  const HeaderSpec* pending_ = nullptr;
  bool skipping_ = false;  // the rest of the current body line is skipped
  bool first_line_ = true;
  bool in_message_ = false;
  bool finished_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> MakeMboxReader(DocumentSink& sink, const ReaderLimits& limits) {
  return std::make_unique<MboxReader>(sink, limits);
}

}  // namespace dataaudit
