// JSON-LD with nlohmann::json, without exceptions: a page's structured data
// is often malformed and must never stop the extraction.
#include "ingest/json_ld.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace dyad::ingest {
namespace {

using Json = nlohmann::json;

bool IsArticleType(std::string_view type) {  // NewsArticle, ReportageNewsArticle...
  return type.ends_with("Article") || type == "BlogPosting" || type == "LiveBlogPosting" ||
         type == "Report" || type == "SocialMediaPosting";
}

// WebPage, MedicalWebPage, ItemPage...: their dates and authors are the
// page's, a fallback when no article object gives them.
bool IsPageType(std::string_view type) { return type.ends_with("Page"); }

bool HasType(const Json& object, bool (*accept)(std::string_view)) {
  auto it = object.find("@type");
  if (it == object.end()) return false;
  if (it->is_string()) return accept(it->get_ref<const std::string&>());
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (t.is_string() && accept(t.get_ref<const std::string&>())) return true;
    }
  }
  return false;
}

std::string StringOf(const Json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && it->front().is_string()) return it->front().get<std::string>();
  return "";
}

// "name" of an object, or a plain string; arrays joined by ", ".
std::string NamesOf(const Json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_object()) return StringOf(value, "name");
  std::string out;
  if (value.is_array()) {
    for (const Json& v : value) {
      std::string name = NamesOf(v);
      if (name.empty()) continue;
      if (!out.empty()) out += ", ";
      out += name;
    }
  }
  return out;
}

void Fill(std::string* field, std::string value) {
  if (field->empty()) *field = std::move(value);
}

// Article bodies sometimes carry markup; the text is what matters.
std::string StripMarkup(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      size_t gt = s.find('>', i);
      if (gt == std::string_view::npos) break;
      std::string_view tag = s.substr(i, gt - i);
      if (tag.starts_with("<p") || tag.starts_with("</p") || tag.starts_with("<br")) out += "\n\n";
      i = gt;
      continue;
    }
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
          {"&lt;", "<"},  {"&gt;", ">"},    {"&nbsp;", " "}};
      bool done = false;
      for (const auto& [name, text] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out += text;
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out += s[i];
  }
  return out;
}

// Fills *out from the objects in `value` whose type `accept`s.
void Visit(const Json& value, bool (*accept)(std::string_view), JsonLdArticle* out, int depth) {
  if (depth > 8) return;
  if (value.is_array()) {
    for (const Json& v : value) Visit(v, accept, out, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  if (auto graph = value.find("@graph"); graph != value.end()) {
    Visit(*graph, accept, out, depth + 1);
  }
  if (!HasType(value, accept)) {
    if (auto main = value.find("mainEntity"); main != value.end()) {
      Visit(*main, accept, out, depth + 1);
    }
    return;
  }
  Fill(&out->headline, StringOf(value, "headline"));
  Fill(&out->date_published, StringOf(value, "datePublished"));
  if (auto it = value.find("author"); it != value.end()) Fill(&out->author, NamesOf(*it));
  if (auto it = value.find("publisher"); it != value.end()) Fill(&out->publisher, NamesOf(*it));
  std::string body = StringOf(value, "articleBody");
  if (body.find('<') != std::string::npos || body.find('&') != std::string::npos) {
    body = StripMarkup(body);
  }
  Fill(&out->article_body, std::move(body));
  std::string url = StringOf(value, "url");
  if (url.empty()) {
    if (auto it = value.find("mainEntityOfPage"); it != value.end()) {
      url = it->is_string() ? it->get<std::string>() : StringOf(*it, "@id");
    }
  }
  Fill(&out->url, std::move(url));
}

}  // namespace

JsonLdArticle ParseJsonLdArticle(const std::vector<std::string>& blocks) {
  std::vector<Json> values;
  for (const std::string& block : blocks) {
    std::string clean = block;
    for (char& c : clean) {
      if (static_cast<unsigned char>(c) < 0x20) c = ' ';  // Raw line breaks in strings.
    }
    Json value = Json::parse(clean, nullptr, /*allow_exceptions=*/false);
    if (!value.is_discarded()) values.push_back(std::move(value));
  }
  JsonLdArticle out;
  for (const Json& value : values) Visit(value, IsArticleType, &out, 0);
  // Page objects fill only what no article object gave, and never the body.
  const std::string body = out.article_body;
  for (const Json& value : values) Visit(value, IsPageType, &out, 0);
  out.article_body = body;
  return out;
}

}  // namespace dyad::ingest
