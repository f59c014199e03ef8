// Value shapes: see value_shape.h. The word lists are small and closed: they name the
// words platforms write for "nothing here", for yes/no, and for settings in the seven
// languages exports come in (English, German, French, Dutch, Spanish, Italian,
// Portuguese). A word outside them is text, which every kind may claim.
#include "detect/value_shape.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_map>

namespace dataaudit {
namespace {

constexpr std::size_t kMaxWordLength = 40;     // longer values are never a lexicon word
constexpr std::size_t kMaxNoticeLength = 200;  // notices are one sentence
constexpr std::size_t kMaxLowered = 256;       // values lowered whole on the stack; longer ones by part

// `s` with ASCII letters lower-cased into `buffer` (other bytes, UTF-8 accents among
// them, pass unchanged); `s` must fit. No allocation: ShapeOf runs once per value.
std::string_view Lower(std::string_view s, char* buffer) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
  }
  return {buffer, s.size()};
}

constexpr std::string_view kPlaceholders[] = {
    "n/a", "n.a.", "na", "none", "null", "nil", "undefined", "unknown", "-", "--", "---", "[]", "{}", "()",
    "(none)", "<none>", "not available", "not set", "not specified", "no data", "nan", "0", "0.0", "00",
    "niet beschikbaar", "keine angabe", "no disponible", "non disponible"};

constexpr std::string_view kBooleans[] = {
    "true", "false", "yes", "no", "on", "off", "ja", "nee", "nein", "oui", "non", "sí", "si", "sim", "não",
    "vrai", "faux", "wahr", "falsch", "waar", "onwaar", "verdadero", "falso", "vero", "aan", "uit", "an",
    "aus", "y", "n"};

constexpr std::string_view kSettingWords[] = {
    // English
    "everyone", "everybody", "anyone", "public", "private", "friends", "friends of friends", "only me",
    "just me", "no one", "nobody", "followers", "people you follow", "default", "enabled", "disabled",
    "allowed", "not allowed", "allow", "deny", "denied", "granted", "always", "never", "sometimes", "daily",
    "weekly", "monthly", "instantly", "auto", "automatic", "manual", "standard", "high", "medium", "low",
    "normal", "opted in", "opted out", "opt in", "opt out", "opt-in", "opt-out", "active", "inactive",
    "subscribed", "unsubscribed", "visible", "hidden", "limited", "restricted", "unrestricted", "all",
    "off by default", "on by default", "recommended",
    // Dutch
    "iedereen", "vrienden", "alleen ik", "niemand", "openbaar", "privé", "standaard", "ingeschakeld",
    "uitgeschakeld", "alle",
    // German
    "jeder", "freunde", "nur ich", "öffentlich", "privat", "aktiviert", "deaktiviert",
    // Spanish
    "todos", "amigos", "solo yo", "nadie", "público", "privado", "predeterminado", "activado", "desactivado",
    // French
    "tout le monde", "amis", "moi uniquement", "personne", "par défaut", "activé", "désactivé",
    // Italian
    "tutti", "amici", "solo io", "nessuno", "pubblico", "privato", "predefinito", "disattivato",
    // Portuguese
    "somente eu", "apenas eu", "padrão", "ativado"};

// A notice opens with "you have no ..." (or its like) and speaks of data, a section or
// activity: "You have no data in this section", "Je hebt geen gegevens in dit gedeelte".
constexpr std::string_view kNoticeOpenings[] = {
    "you have no", "you don't have", "you do not have", "you haven't", "you have not", "there is no",
    "there are no", "no data", "nothing to show", "je hebt geen", "u heeft geen", "er zijn geen", "geen ",
    "du hast keine", "sie haben keine", "es gibt keine", "keine ", "no tienes", "no hay", "vous n'avez",
    "il n'y a", "aucun", "non hai", "non ci sono", "nessun", "você não tem", "não há"};

constexpr std::string_view kNoticeSubjects[] = {
    "data", "section", "information", "activity", "gegevens", "informatie", "activiteit", "daten",
    "informationen", "aktivität", "datos", "información", "actividad", "données", "informations",
    "activité", "dati", "informazioni", "attività", "dados", "informações", "atividade", "items", "records",
    "history", "to show"};

constexpr std::string_view kMediaExtensions[] = {
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".heif", ".bmp", ".tif", ".tiff", ".svg", ".mp4",
    ".mov", ".m4v", ".webm", ".avi", ".mkv", ".3gp", ".mp3", ".m4a", ".aac", ".wav", ".ogg", ".opus",
    ".flac", ".amr", ".pdf", ".doc", ".docx", ".zip"};

// Hosts that serve only uploaded media (photos, stickers, GIF renditions, thumbnails).
constexpr std::string_view kMediaHosts[] = {
    "cdninstagram.com", "fbcdn.net", "giphy.com", "ytimg.com", "ggpht.com", "twimg.com",
    "tiktokcdn.com", "tiktokcdn-us.com", "pinimg.com", "redditmedia.com", "redd.it", "scdn.co"};

// Every word of the three lists, for one lookup per value. A word in two lists keeps the
// first (placeholder, then boolean, then setting): "none" is a placeholder. Most values
// are no lexicon word at all, so a table of the lengths of the words beginning with each
// byte turns them away before any string is hashed or compared.
class Lexicon {
 public:
  Lexicon() {
    const auto add = [&](const auto& list, ValueShape shape) {
      for (std::string_view word : list) {
        words_.try_emplace(word, shape);
        lengths_[static_cast<unsigned char>(word.front())] |= std::uint64_t{1} << word.size();
      }
    };
    add(kPlaceholders, ValueShape::kPlaceholder);
    add(kBooleans, ValueShape::kBoolean);
    add(kSettingWords, ValueShape::kSetting);
  }

  std::optional<ValueShape> Find(std::string_view lower_word) const {
    if (lower_word.empty() || lower_word.size() >= 64) return std::nullopt;
    if ((lengths_[static_cast<unsigned char>(lower_word.front())] >> lower_word.size() & 1) == 0) return std::nullopt;
    const auto it = words_.find(lower_word);
    if (it == words_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::unordered_map<std::string_view, ValueShape> words_;
  std::array<std::uint64_t, 256> lengths_{};  // bit n: some word of n bytes begins with this byte
};

std::optional<ValueShape> LexiconShape(std::string_view lower_word) {
  static const Lexicon lexicon;
  return lexicon.Find(lower_word);
}

bool IsNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    const std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == start) return false;
  }
  return i == s.size();
}

bool IsZero(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c != '0' && c != '.' && c != '-' && c != '+') return false;
  return true;
}

// The Unix epoch written as a date ("1970-01-01 00:00:00 +0000 UTC", "1970-01-01T00:00:00Z"):
// what exports write for a time that never happened, like a zero timestamp.
bool IsEpochDate(std::string_view s) {
  if (!s.starts_with("1970-01-01")) return false;
  s.remove_prefix(10);
  if (s.empty()) return true;
  if (s.front() != ' ' && s.front() != 'T') return false;
  return s.substr(1).starts_with("00:00:00");
}

// Spaces are looked for with memchr first: prose has one within a few bytes, and an id or
// a link has none, so the byte-by-byte look for tabs and line ends runs on short values.
bool HasSpace(std::string_view s) {
  if (std::memchr(s.data(), ' ', s.size()) != nullptr) return true;
  return std::any_of(s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; });
}

bool EndsWithMediaExtension(std::string_view lower_path) {
  return std::any_of(std::begin(kMediaExtensions), std::end(kMediaExtensions),
                     [&](std::string_view ext) { return lower_path.ends_with(ext); });
}

// The host of a lower-cased http(s) URL, or "" for anything else.
std::string_view UrlHost(std::string_view lower) {
  std::size_t start = 0;
  if (lower.starts_with("https://")) start = 8;
  else if (lower.starts_with("http://")) start = 7;
  else return {};
  const std::size_t end = lower.find_first_of("/?#", start);
  std::string_view host = lower.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (const std::size_t colon = host.rfind(':'); colon != std::string_view::npos) host = host.substr(0, colon);
  return host;
}

bool IsMediaHost(std::string_view host) {
  return std::any_of(std::begin(kMediaHosts), std::end(kMediaHosts), [&](std::string_view media) {
    return host == media || (host.size() > media.size() && host.ends_with(media) &&
                             host[host.size() - media.size() - 1] == '.');
  });
}

// True when the first word of `value` is the first word of a notice opening: the cheap
// test that turns ordinary text away before it is lowered and compared whole.
bool MayOpenNotice(std::string_view value) {
  static constexpr std::string_view kFirstWords[] = {
      "you", "there", "no", "nothing", "je", "u", "er", "geen", "du", "sie", "es", "keine",
      "vous", "il", "aucun", "aucune", "non", "nessun", "nessuna", "nessuno", "você", "não"};
  const std::size_t end = std::min(value.find(' '), value.size());
  if (end == 0 || end > 7) return false;
  char buffer[8];
  const std::string_view word = Lower(value.substr(0, end), buffer);
  return std::find(std::begin(kFirstWords), std::end(kFirstWords), word) != std::end(kFirstWords);
}

bool IsNotice(std::string_view lower) {
  if (lower.size() > kMaxNoticeLength) return false;
  const bool opens = std::any_of(std::begin(kNoticeOpenings), std::end(kNoticeOpenings),
                                 [&](std::string_view opening) { return lower.starts_with(opening); });
  if (!opens) return false;
  return std::any_of(std::begin(kNoticeSubjects), std::end(kNoticeSubjects),
                     [&](std::string_view subject) { return lower.find(subject) != std::string_view::npos; });
}

// Strips the trailing punctuation a setting word is sometimes written with ("Everyone.").
std::string_view Word(std::string_view lower) {
  while (!lower.empty() && (lower.back() == '.' || lower.back() == '!')) lower.remove_suffix(1);
  return lower;
}

// The shape of a value without spaces: a media file, a URL, or text. Only the scheme and
// host and the end of the path are lowered, so a long link costs no copy of itself.
ValueShape UnspacedShape(std::string_view value) {
  char buffer[kMaxLowered];
  const bool http = value.size() > 7 && (value[0] | 0x20) == 'h' && (value[1] | 0x20) == 't';
  const std::string_view head =
      http ? Lower(value.substr(0, std::min<std::size_t>(value.size(), kMaxLowered)), buffer) : std::string_view();
  const std::string_view host = UrlHost(head);
  const bool is_url = !host.empty();
  if (!is_url && value.find('/') == std::string_view::npos) return ValueShape::kText;
  std::string_view path = value.substr(0, value.find_first_of("?#"));
  char tail_buffer[8];
  const std::string_view tail = Lower(path.substr(path.size() - std::min<std::size_t>(path.size(), 6)), tail_buffer);
  if (EndsWithMediaExtension(tail)) return ValueShape::kMedia;
  if (is_url) return IsMediaHost(host) ? ValueShape::kMedia : ValueShape::kUrl;
  return ValueShape::kText;
}

}  // namespace

ValueShape ShapeOf(std::string_view value, ValueType type) {
  if (type == ValueType::kBool) return ValueShape::kBoolean;
  if (type == ValueType::kNull) return ValueShape::kPlaceholder;
  if (type == ValueType::kNumber || IsNumber(value)) return IsZero(value) ? ValueShape::kPlaceholder : ValueShape::kNumber;
  if (IsEpochDate(value)) return ValueShape::kPlaceholder;
  const bool spaced = HasSpace(value);
  if (spaced && value.size() > kMaxNoticeLength) return ValueShape::kText;  // prose: nothing else to look for
  char buffer[kMaxLowered];
  const bool digit_first = value.front() >= '0' && value.front() <= '9';  // "2024-01-05T10:00Z", never a word
  if (value.size() <= kMaxWordLength && !digit_first) {
    if (const auto shape = LexiconShape(Word(Lower(value, buffer)))) return *shape;
  }
  if (!spaced) return UnspacedShape(value);
  return MayOpenNotice(value) && IsNotice(Lower(value, buffer)) ? ValueShape::kNotice : ValueShape::kText;
}

namespace {
constexpr std::array<std::string_view, kShapeCount> kShapeNames = {
    "placeholder", "boolean", "setting", "notice", "number", "url", "media", "text"};
}  // namespace

std::string_view ShapeName(ValueShape shape) { return kShapeNames[static_cast<std::size_t>(shape)]; }

std::optional<ValueShape> ShapeFromName(std::string_view name) {
  for (std::size_t i = 0; i < kShapeNames.size(); ++i)
    if (kShapeNames[i] == name) return static_cast<ValueShape>(i);
  return std::nullopt;
}

}  // namespace dataaudit
