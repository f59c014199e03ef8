#pragma once
// The HTML report's style sheet and script, compiled in from src/print/html/ by
// tools/embed_html.cmake, so that the page needs no file beside it.

#include <string_view>

namespace dataaudit {

struct HtmlAssets {
  std::string_view css;
  std::string_view js;
  std::string_view js_hash;  ///< "sha256-<base64>", as a Content-Security-Policy source names it.
  /// The world's land outline for the map (src/print/html/world-land.txt, README.md beside it).
  std::string_view world;
};

const HtmlAssets& EmbeddedHtmlAssets();

}  // namespace dataaudit
