#include "print/table.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "text/display_width.h"

namespace dataaudit {

void PrintTable(const std::vector<TableRow>& rows, std::ostream& out) {
  std::vector<std::size_t> widths;
  for (const TableRow& row : rows) {
    widths.resize(std::max(widths.size(), row.size()), 0);
    for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], DisplayWidth(row[i]));
  }
  for (const TableRow& row : rows) {
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) line.append(widths[i] - DisplayWidth(row[i]) + 2, ' ');
    }
    out << line << '\n';
  }
}

void PrintTableJson(const std::vector<TableRow>& rows, std::ostream& out) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (std::size_t r = 1; r < rows.size(); ++r) {
    nlohmann::ordered_json object = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < rows[r].size() && i < rows[0].size(); ++i) object[rows[0][i]] = rows[r][i];
    array.push_back(std::move(object));
  }
  out << array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace dataaudit
