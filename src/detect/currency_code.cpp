// currency-code: an ISO 4217 alphabetic code as a whole value.
//
// Accepts exactly 3 uppercase ASCII letters that are in the ISO 4217 list: the Debian 12
// iso-codes 4.15 list (which still carries HRK, CUC, SLL and ZWL, found in older exports)
// plus ZWG (2024) and XCG (2025). Fund codes and precious metals (BOV, XAU, XDR, ...)
// are kept: they are valid codes.
// Rejects lowercase ("usd": mostly ordinary words such as "all" or "cup"), other 3-letter
// words and acronyms ("ABC", "CEO", "API"), and XTS/XXX, which ISO reserves for tests and
// "no currency" and which therefore say nothing about a person's money.
#include "detect/currency_code.h"

#include <cstddef>

namespace dataaudit::detect {
namespace {

// Sorted, each code followed by one space, so code k starts at 4 * k.
constexpr std::string_view kCodes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL "
    "BSD BTN BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF "
    "DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG "
    "HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP "
    "LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN "
    "NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG "
    "SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS "
    "UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD "
    "XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL ";

constexpr std::size_t kCount = kCodes.size() / 4;

constexpr bool TableIsWellFormed() {
  if (kCodes.size() % 4 != 0) return false;
  for (std::size_t k = 0; k < kCount; ++k) {
    if (kCodes[4 * k + 3] != ' ') return false;
    if (k > 0 && kCodes.substr(4 * (k - 1), 3) >= kCodes.substr(4 * k, 3)) return false;
  }
  return true;
}
static_assert(TableIsWellFormed(), "ISO 4217 table must be sorted, 4 bytes per code");

}  // namespace

bool IsCurrencyCode(std::string_view value) {
  if (value.size() != 3) return false;
  for (char c : value) {
    if (c < 'A' || c > 'Z') return false;
  }
  std::size_t lo = 0, hi = kCount;
  while (lo < hi) {  // Binary search over the fixed-stride table.
    const std::size_t mid = (lo + hi) / 2;
    const std::string_view code = kCodes.substr(4 * mid, 3);
    if (code == value) return true;
    if (code < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return false;
}

}  // namespace dataaudit::detect
