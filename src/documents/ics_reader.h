#pragma once
// Streaming iCalendar reader (.ics: Google Calendar in Takeout, calendar exports).
//
// Contract:
//  * Lines, folding, the content-line syntax `NAME[;PARAM...]:VALUE`, the bound on a
//    logical line (ReaderLimits::max_line_bytes) and value unescaping are those of the
//    vCard reader (vcard_reader.h, namespace content_line; RFC 5545 section 3.1).
//  * Components: BEGIN:X .. END:X. Each VEVENT, VTODO, VJOURNAL and VFREEBUSY is one
//    record and its properties are values at /<NAME> (`LOCATION`, `SUMMARY`, `DTSTART`,
//    `ATTENDEE`, `ORGANIZER`, ...). VCALENDAR's own properties (PRODID, X-WR-CALNAME,
//    X-WR-TIMEZONE, ...) are at /<NAME> outside any record. Any other component adds a
//    path segment of its name, so its properties do not mix with the events':
//    /VALARM/TRIGGER, /VTIMEZONE/TZID, /VTIMEZONE/STANDARD/TZOFFSETFROM.
//    Components nest up to ReaderLimits::max_nesting; deeper ones are read as part of
//    the deepest kept one. An END that matches no open component is ignored; an END
//    that matches an outer one closes everything inside it.
//  * Values: ATTENDEE and ORGANIZER lose their "mailto:" scheme (the display name in the
//    CN parameter is not emitted); GEO's "lat;lng" becomes "lat, lng"; REQUEST-STATUS
//    components are joined with ", ". DTSTART, DTEND, DTSTAMP, CREATED, LAST-MODIFIED,
//    DUE, COMPLETED, RECURRENCE-ID and ACKNOWLEDGED in ISO 8601 basic form
//    ("20240105T100000Z", "20240105") are given in extended form ("2024-01-05T10:00:00Z",
//    "2024-01-05") so that events are dated. Inline binary values (ATTACH;ENCODING=BASE64)
//    are skipped. Values are trimmed; empty ones are not emitted.
//  * Finish() reports a component left open at the end (a truncated file), and a
//    non-blank document without a single content line, as errors; values read before
//    stay reported.
// All values are ValueType::kString. The reader never throws.

#include <memory>

#include "documents/document_reader.h"
#include "documents/document_sink.h"

namespace dataaudit {

std::unique_ptr<DocumentReader> MakeIcsReader(DocumentSink& sink, const ReaderLimits& limits);

}  // namespace dataaudit
