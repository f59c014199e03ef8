#pragma once
// Finds e-mail addresses and phone numbers written inside free text ("call me at
// 06 12345678", "mail a.b@c.de"), for the emails and phones headlines, which count every
// address and number of the input, those in messages, captions and searches included.
//
// Both are cheap on text that holds none: FindEmails looks only around '@', FindPhones
// only at digit runs that stand alone (not inside a word, an id, a URL or a decimal).
// Every candidate is then checked by the detectors of src/detect/. Pure functions.

#include <string_view>

namespace dataaudit {

/// What to do with each value found: a reference to any callable taking a string_view,
/// which must outlive the call (a lambda passed in place). Unlike std::function it never
/// allocates, which matters once per value of every text field.
class FoundValue {
 public:
  template <typename F>
  FoundValue(const F& f)  // NOLINT: converts from any callable, like std::function
      : object_(&f), call_([](const void* object, std::string_view value) { (*static_cast<const F*>(object))(value); }) {}
  void operator()(std::string_view value) const { call_(object_, value); }

 private:
  const void* object_;
  void (*call_)(const void*, std::string_view);
};

/// Calls `found` with every e-mail address in `text` (as written; detect/email.h decides).
void FindEmails(std::string_view text, const FoundValue& found);

/// Calls `found` with every phone number in `text` (as written): international numbers
/// ("+31 6 1234 5678", detect/phone_e164.h), "00" international numbers, national numbers
/// with a trunk "0" and 9-12 digits ("06-12345678", "030 1234567"), North American
/// numbers with separators ("(555) 010-0199", "555-010-0199"), and a text that is one
/// number with separators as a whole ("555-0101"). Dates ("01.02.2020 10") and times are
/// not numbers.
void FindPhones(std::string_view text, const FoundValue& found);

}  // namespace dataaudit
