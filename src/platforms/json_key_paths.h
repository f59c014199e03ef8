#pragma once
// The key paths of a JSON document's first bytes, for recognising a platform by the
// shape of its files: `{"locations": [{"latitudeE7": ...` holds "locations" and
// "locations[].latitudeE7".
//
// Written form (rules/*.toml, [[platform.content]] keys): object keys joined by '.',
// "[]" for "an element of this array", so a top-level array of objects with a `title`
// is "[].title". In a pattern, "*" stands for one key and "**" for any run of keys and
// array steps ("**.label_values" finds label_values at any depth).
//
// Internally a path is a glob-ready string: one segment per key or array step, joined by
// '/', with a '/' inside a key written "~1" and '~' written "~0" (as in JSON Pointer),
// so rules/glob.h matches patterns against paths.

#include <string>
#include <string_view>
#include <vector>

namespace dataaudit {

/// At most this many distinct paths, and keys at most this deep, are collected.
inline constexpr std::size_t kMaxKeyPaths = 512;
inline constexpr std::size_t kMaxKeyDepth = 12;

/// The distinct key paths of `head`, in order of first appearance. `head` may be cut
/// anywhere (the rest of the document is simply not seen), may start with a UTF-8 BOM,
/// and may be a JavaScript assignment (`window.YTD.tweets.part0 = [...]`). Text that is
/// not JSON gives no paths. Never throws, never reads past `head`.
std::vector<std::string> JsonKeyPaths(std::string_view head);

/// The internal (glob) form of a path or pattern written with '.' and "[]".
std::string KeyPathGlob(std::string_view written);

}  // namespace dataaudit
