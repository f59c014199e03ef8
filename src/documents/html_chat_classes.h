#pragma once
// Chat pages written as HTML name their parts by CSS class, not by label cells: Telegram
// Desktop's export (messages.html) and Facebook's pre-2018 download (messages.htm) put the
// sender in <div class="from_name"> or <span class="user"> and the time in a "date" or
// "meta" element. This table turns those classes into field labels, so that senders and
// times are fields of their own instead of anonymous /text runs. Data only; the HTML reader
// applies it (html_reader.h).

#include <string_view>

namespace dataaudit {

/// The label of the text inside an element with these `classes` (the class attribute as
/// written), or "" when no class of the table is among them.
std::string_view ChatClassLabel(std::string_view classes);

/// True when `classes` marks one message, which the reader makes a record.
bool IsChatMessageClass(std::string_view classes);

/// True when `classes` marks an element whose `title` attribute holds the full date
/// (Telegram writes "19:51" as text and "04.06.2024 19:51:41 UTC+01:00" as the title).
bool IsChatDateClass(std::string_view classes);

}  // namespace dataaudit
