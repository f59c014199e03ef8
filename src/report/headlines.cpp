#include "report/headlines.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "fields/timestamp.h"

namespace dataaudit {
namespace {

// Totals over the fields of one kind.
struct KindTotals {
  std::uint64_t values = 0;     // all values
  std::uint64_t distinct = 0;   // sum of per-field distinct counts
  std::uint64_t largest = 0;    // values of the largest field (records, not cells)
  std::set<std::string> files;  // members holding the kind
  std::optional<std::int64_t> first_seen, last_seen;
};

KindTotals Totals(const ArchiveReport& report, std::string_view kind) {
  KindTotals t;
  for (const FieldEntry& f : report.fields) {
    if (f.kind != kind) continue;
    t.values += f.count;
    t.distinct += f.distinct;
    t.largest = std::max(t.largest, f.count);
    t.files.insert(f.file);
    if (f.first_seen) t.first_seen = std::min(t.first_seen.value_or(*f.first_seen), *f.first_seen);
    if (f.last_seen) t.last_seen = std::max(t.last_seen.value_or(*f.last_seen), *f.last_seen);
  }
  return t;
}

// Companies named in off-platform activity: the distinct names/titles of its records.
std::uint64_t ReportingCompanies(const ArchiveReport& report) {
  std::uint64_t companies = 0;
  for (const FieldEntry& f : report.fields) {
    const std::string_view path = f.path;
    if (f.kind == "off_platform_activity" && (path.ends_with("/name") || path.ends_with("/title")))
      companies += f.distinct;
  }
  return companies;
}

std::string Years(const KindTotals& t) {
  if (!t.first_seen || !t.last_seen) return "";
  const std::string first = FormatDate(*t.first_seen).substr(0, 4);
  const std::string last = FormatDate(*t.last_seen).substr(0, 4);
  return first == last ? fmt::format(", in {}", first) : fmt::format(", {} to {}", first, last);
}

std::string Plural(std::uint64_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

void Add(std::vector<Headline>& out, std::string id, std::uint64_t count, const KindTotals& t, std::string text) {
  if (count == 0) return;
  out.push_back(Headline{std::move(id), count, t.first_seen, t.last_seen, std::move(text)});
}

}  // namespace

std::vector<Headline> ComputeHeadlines(const ArchiveReport& report) {
  std::vector<Headline> out;
  const KindTotals purchases = Totals(report, "purchase");
  const std::uint64_t companies = ReportingCompanies(report);
  Add(out, "purchases", purchases.largest, purchases,
      Plural(purchases.largest, "purchase record", "purchase records") +
          (companies > 0 ? fmt::format(" (off-platform activity from {})", Plural(companies, "company", "companies")) : ""));
  const KindTotals cards = Totals(report, "card_number");
  Add(out, "card_numbers", cards.distinct, cards, Plural(cards.distinct, "payment card number", "payment card numbers"));
  const KindTotals ips = Totals(report, "ip_address");
  Add(out, "ip_addresses", ips.distinct, ips, Plural(ips.distinct, "IP address", "IP addresses") + Years(ips));
  KindTotals gps = Totals(report, "latitude");
  const KindTotals pairs = Totals(report, "coordinates");
  if (pairs.largest > gps.largest) gps = pairs;
  Add(out, "gps_points", gps.largest, gps, Plural(gps.largest, "GPS point", "GPS points") + Years(gps));
  const KindTotals book = Totals(report, "address_book");
  Add(out, "address_book", book.largest, book,
      fmt::format("{}, {}", Plural(book.files.size(), "uploaded address book", "uploaded address books"),
                  Plural(book.largest, "entry", "entries")));
  const KindTotals emails = Totals(report, "email");
  Add(out, "emails", emails.distinct, emails, Plural(emails.distinct, "email address", "email addresses"));
  const KindTotals phones = Totals(report, "phone");
  Add(out, "phones", phones.distinct, phones, Plural(phones.distinct, "phone number", "phone numbers"));
  const KindTotals interests = Totals(report, "ad_interest");
  Add(out, "ad_interests", interests.values, interests, Plural(interests.values, "ad interest", "ad interests"));
  if (report.sensitive.count > 0)
    out.push_back(Headline{"sensitive", report.sensitive.count, {}, {},
                           Plural(report.sensitive.count, "possibly sensitive ad interest or inference",
                                  "possibly sensitive ad interests and inferences")});
  const KindTotals advertisers = Totals(report, "advertiser");
  Add(out, "advertisers", advertisers.distinct, advertisers, Plural(advertisers.distinct, "advertiser", "advertisers"));
  const KindTotals searches = Totals(report, "search_query");
  Add(out, "searches", searches.largest, searches, Plural(searches.largest, "search", "searches") + Years(searches));
  return out;
}

}  // namespace dataaudit
