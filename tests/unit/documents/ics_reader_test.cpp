// Tests for the iCalendar reader. Every input is fed whole and one byte at a time, and
// both runs must produce the same events.

#include "documents/ics_reader.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "documents/reader_harness.h"

namespace dataaudit {
namespace {

using testing::RecordingSink;

std::string Read(std::string_view input, const ReaderLimits& limits = {}) {
  return testing::ReadWholeAndBytewise(MakeIcsReader, input, limits);
}

std::string Expect(const std::vector<std::string>& events) { return testing::JoinEvents(events); }

constexpr std::string_view kCalendar =
    "BEGIN:VCALENDAR\r\n"
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
    "VERSION:2.0\r\n"
    "X-WR-CALNAME:jane.doe@example.com\r\n"
    "X-WR-TIMEZONE:Europe/London\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/London\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0100\r\n"
    "DTSTART:19701025T020000\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;TZID=Europe/London:20240105T100000\r\n"
    "DTEND:20240105T110000Z\r\n"
    "ORGANIZER;CN=Jane Doe:mailto:jane.doe@example.com\r\n"
    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=\"Sam, the \r\n"
    " Sample\";X-NUM-GUESTS=0:MAILTO:sam@example.org\r\n"
    "LOCATION:221B Baker Street\\, London NW1 6XE\\, UK\r\n"
    "GEO:51.5237;-0.1585\r\n"
    "SUMMARY:Dentist\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "TRIGGER:-P0DT0H30M0S\r\n"
    "END:VALARM\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\n"
    "DTSTART;VALUE=DATE:20240214\r\n"
    "SUMMARY:Day off\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n";

}  // namespace

TEST_SUITE("documents/ics_reader") {
  TEST_CASE("events are records; other components get a path segment") {
    CHECK(Read(kCalendar) ==
          Expect({"/PRODID=-//Google Inc//Google Calendar 70.9054//EN", "/VERSION=2.0",
                  "/X-WR-CALNAME=jane.doe@example.com", "/X-WR-TIMEZONE=Europe/London",
                  "/VTIMEZONE/TZID=Europe/London", "/VTIMEZONE/STANDARD/TZOFFSETFROM=+0100",
                  "/VTIMEZONE/STANDARD/DTSTART=1970-10-25T02:00:00", "{", "/DTSTART=2024-01-05T10:00:00",
                  "/DTEND=2024-01-05T11:00:00Z", "/ORGANIZER=jane.doe@example.com", "/ATTENDEE=sam@example.org",
                  "/LOCATION=221B Baker Street, London NW1 6XE, UK", "/GEO=51.5237, -0.1585", "/SUMMARY=Dentist",
                  "/VALARM/ACTION=DISPLAY", "/VALARM/TRIGGER=-P0DT0H30M0S", "}", "{", "/DTSTART=2024-02-14",
                  "/SUMMARY=Day off", "}"}));
  }

  TEST_CASE("an END that closes an outer component closes the inner ones too") {
    CHECK(Read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nBEGIN:VALARM\nACTION:AUDIO\nEND:VEVENT\n"
               "SUMMARY:outside\nEND:VCALENDAR\n") ==
          Expect({"{", "/VALARM/ACTION=AUDIO", "}", "/SUMMARY=outside"}));
    // An END without a matching BEGIN is ignored.
    CHECK(Read("BEGIN:VCALENDAR\nEND:VTODO\nBEGIN:VTODO\nSUMMARY:Call\nEND:VTODO\nEND:VCALENDAR\n") ==
          Expect({"{", "/SUMMARY=Call", "}"}));
  }

  TEST_CASE("components deeper than max_nesting are read as part of the deepest kept one") {
    ReaderLimits limits;
    limits.max_nesting = 2;
    CHECK(Read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nBEGIN:VALARM\nACTION:EMAIL\nATTENDEE:mailto:a@example.com\n"
               "END:VALARM\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n",
               limits) == Expect({"{", "/ACTION=EMAIL", "/ATTENDEE=a@example.com", "/SUMMARY=x", "}"}));
  }

  TEST_CASE("binary attachments are skipped, links are kept") {
    CHECK(Read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nATTACH;ENCODING=BASE64;VALUE=BINARY:AAECAw==\n"
               "ATTACH;FILENAME=agenda.pdf:https://drive.google.com/open?id=1\nEND:VEVENT\nEND:VCALENDAR\n") ==
          Expect({"{", "/ATTACH=https://drive.google.com/open?id=1", "}"}));
  }

  TEST_CASE("a truncated calendar fails after closing its records") {
    RecordingSink sink;
    auto reader = MakeIcsReader(sink, {});
    reader->Feed("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Cut");
    reader->Finish();
    CHECK(reader->failed());
    CHECK(testing::JoinEvents(sink.events) == Expect({"{", "/SUMMARY=Cut", "}"}));
  }

  TEST_CASE("text that is not iCalendar fails") {
    RecordingSink sink;
    auto reader = MakeIcsReader(sink, {});
    reader->Feed("<html><body>not a calendar</body></html>\n");
    reader->Finish();
    CHECK(reader->failed());
    CHECK(sink.events.empty());
  }
  TEST_CASE("random bytes in random chunks never crash and stay bounded") {
    testing::CheckRandomInputsStayBounded(MakeIcsReader, "BEGIN:VCARD\r\nEND;=\\\"<>@,:() From 2024 12:00 \t\xC3\xBC");
  }
}

}  // namespace dataaudit
