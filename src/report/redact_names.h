#pragma once
// Secrets inside names. Field paths, CSV headers, HTML labels and member names are shown
// in full by design (they say where data sits), but a name can itself be a value: a
// folder named after an e-mail address, a JSON key holding a phone number, a headerless
// CSV whose first row became column names. Every segment of such a name is checked by the
// same detectors as values, and what they recognise is redacted in place as the value
// would be ("/followers/j•••@e•••" keeps its shape, only the secret is masked).

#include <string>
#include <string_view>
#include <unordered_map>

namespace dataaudit {

/// `name` with every e-mail address, phone number, payment card number, IBAN and IP
/// address inside it redacted (report/redact.h); everything else is kept byte for byte.
/// Linear in the length of `name`, for any content.
std::string RedactSecretsInName(std::string_view name);

/// RedactSecretsInName with a memo: a report repeats the same file names and paths many
/// times. Not thread-safe; one per report.
class NameRedactor {
 public:
  const std::string& operator()(const std::string& name);

 private:
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace dataaudit
