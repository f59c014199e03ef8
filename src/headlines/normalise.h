#pragma once
// Normalisers: what makes two spellings of one value count once in a headline.
//
// Each takes one value as written (already trimmed of nothing; they trim) and returns the
// key it is counted under, or nullopt when the value is not one at all (a placeholder, a
// value of the wrong shape). Pure functions, no state.
//
// Some values are partial: a phone number written without its country code, a card
// written as its last four digits. Such a value counts only when no full value of the
// input answers for it: "0612345678" is the same number as "+31 6 12345678", so a full
// value carries `aliases` (the names partial values may go by) and a partial value a
// `lookup` (the name it goes by). See DistinctTally.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

struct NormalValue {
  std::string key;
  bool partial = false;
  std::string lookup;                ///< Partial values: the alias a full value must carry.
  std::vector<std::string> aliases;  ///< Full values: the lookups they answer.
};

/// Trimmed, runs of white space made one space, ASCII letters lower-cased. Nullopt when
/// nothing but white space is left.
std::optional<NormalValue> NormaliseText(std::string_view value);

/// A whole e-mail address (surrounding "<>", "mailto:" and trailing dots dropped), lower
/// case. Nullopt when the rest is not an address (detect/email.h).
std::optional<NormalValue> NormaliseEmail(std::string_view value);

/// The key NormaliseEmail gives an address already checked (what FindEmails finds): its
/// lower case, written into `key` (reused by the caller, so that nothing is allocated).
void EmailKeyInto(std::string_view address, std::string& key);

/// A phone number by its digits. "+CC..." and "00CC..." are international ("+" and the
/// digits; a "(0)" after the country code is dropped) and answer for the national
/// spellings of the same number (the rest after a 1-3 digit country code). Other numbers
/// are national (detect/phone_national.h), partial, and go by their digits without a
/// trunk "0". Letters, or fewer than 7 (international: 8) or more than 15 digits: nullopt.
std::optional<NormalValue> NormalisePhone(std::string_view value);

/// An IPv4 or IPv6 address in canonical text: IPv6 compressed and lower case (RFC 5952),
/// an IPv4-mapped IPv6 address as its IPv4. Brackets, a zone ("%eth0") and an IPv4
/// ":port" are dropped. Nullopt for anything else (and for 0.0.0.0 and ::).
std::optional<NormalValue> NormaliseIp(std::string_view value);

/// A payment card by issuer and last four digits ("visa/4242"), answering for its
/// masked spellings; a masked card ("**** 4242", "ending in 4242") is partial, looked up
/// by its last four. Nullopt for fewer than four digits.
std::optional<NormalValue> NormaliseCard(std::string_view value);

}  // namespace dataaudit
