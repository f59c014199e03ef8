#pragma once
// phone-national: a phone number in national (or loose international) form, for values
// whose key already says "phone", "mobile", "tel", ...

#include <string_view>

namespace dataaudit::detect {

/// True for 7-15 digits with optional '+' / "00" / "(0" start and the separators
/// space - . / ( ) (see phone_national.cpp).
bool IsPhoneNational(std::string_view value);

}  // namespace dataaudit::detect
