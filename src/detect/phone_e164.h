#pragma once
// phone-e164: a phone number in international "+CC ..." form, safe without key context.

#include <string_view>

namespace dataaudit::detect {

/// True for '+', a country code not starting with 0, 8-15 digits in all, and single
/// separators (see phone_e164.cpp).
bool IsPhoneE164(std::string_view value);

}  // namespace dataaudit::detect
