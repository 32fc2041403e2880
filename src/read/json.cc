#include "read/json.h"

#include <cstdint>

namespace dyad::json {
namespace {

constexpr int kMaxDepth = 200;  // deeper nesting is rejected, not recursed into

class Parser {
 public:
  explicit Parser(std::string_view t) : t_(t) {}

  bool Object(std::vector<Member>* members) { return ObjectMembers(members, "the record") && End(); }

  // "[ {...}, {...} ]": each object's members, in order.
  bool ArrayOfObjects(std::vector<std::vector<Member>>* objects) {
    SkipSpace();
    if (!Eat('[')) return Fail("expected '['");
    SkipSpace();
    if (Eat(']')) return End();
    for (;;) {
      objects->emplace_back();
      if (!ObjectMembers(&objects->back(), "each element")) return false;
      SkipSpace();
      if (Eat(',')) continue;
      if (Eat(']')) return End();
      return Fail("expected ',' or ']'");
    }
  }

  const std::string& error() const { return error_; }

 private:
  bool ObjectMembers(std::vector<Member>* members, const char* what) {
    SkipSpace();
    if (!Eat('{')) return Fail((std::string("expected '{' at the start of ") + what).c_str());
    SkipSpace();
    if (Eat('}')) return true;
    for (;;) {
      SkipSpace();
      Member m;
      if (Peek() != '"') return Fail("expected a member name in double quotes");
      if (!String(&m.key)) return false;
      SkipSpace();
      if (!Eat(':')) return Fail("expected ':' after member name");
      SkipSpace();
      if (!Value(&m, 1)) return false;
      members->push_back(std::move(m));
      SkipSpace();
      if (Eat(',')) continue;
      if (Eat('}')) return true;
      return Fail("expected ',' or '}'");
    }
  }

  bool End() {
    SkipSpace();
    if (i_ != t_.size()) return Fail("unexpected text after the object");
    return true;
  }

  // Parses one value into `m` (scalars keep their text; containers are
  // validated and keep their JSON text as written, for ParseArrayOfObjects).
  bool Value(Member* m, int depth) {
    char c = Peek();
    if (c == '"') {
      m->kind = Kind::kString;
      return String(&m->value);
    }
    if (c == '{' || c == '[') {
      m->kind = c == '{' ? Kind::kObject : Kind::kArray;
      size_t start = i_;
      if (!SkipContainer(depth)) return false;
      if (depth == 1) m->value.assign(t_.substr(start, i_ - start));
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      m->kind = Kind::kNumber;
      size_t start = i_;
      if (!Number()) return false;
      m->value.assign(t_.substr(start, i_ - start));
      return true;
    }
    if (Literal("true")) return m->kind = Kind::kTrue, true;
    if (Literal("false")) return m->kind = Kind::kFalse, true;
    if (Literal("null")) return m->kind = Kind::kNull, true;
    return Fail(i_ >= t_.size() ? "unexpected end of line (truncated JSON?)" : "expected a value");
  }

  bool SkipContainer(int depth) {
    if (depth > kMaxDepth) return Fail("nesting too deep");
    char open = t_[i_++];
    char close = open == '{' ? '}' : ']';
    SkipSpace();
    if (Eat(close)) return true;
    std::string scratch;
    for (;;) {
      SkipSpace();
      if (open == '{') {
        if (Peek() != '"') return Fail("expected a member name in double quotes");
        scratch.clear();
        if (!String(&scratch)) return false;
        SkipSpace();
        if (!Eat(':')) return Fail("expected ':' after member name");
        SkipSpace();
      }
      Member inner;
      if (!Value(&inner, depth + 1)) return false;
      SkipSpace();
      if (Eat(',')) continue;
      if (Eat(close)) return true;
      return Fail(open == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
    }
  }

  bool Number() {
    Eat('-');
    if (Peek() == '0') {
      ++i_;
    } else if (Peek() >= '1' && Peek() <= '9') {
      while (IsDigit(Peek())) ++i_;
    } else {
      return Fail("bad number");
    }
    if (Eat('.')) {
      if (!IsDigit(Peek())) return Fail("bad number: digits expected after '.'");
      while (IsDigit(Peek())) ++i_;
    }
    if (Peek() == 'e' || Peek() == 'E') {
      ++i_;
      if (Peek() == '+' || Peek() == '-') ++i_;
      if (!IsDigit(Peek())) return Fail("bad number: digits expected in exponent");
      while (IsDigit(Peek())) ++i_;
    }
    return true;
  }

  bool Hex4(uint32_t* out) {
    if (t_.size() - i_ < 4) return Fail("truncated \\u escape");
    uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = t_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') v |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') v |= static_cast<uint32_t>(c - 'A' + 10);
      else return Fail("bad hex digit in \\u escape");
    }
    *out = v;
    return true;
  }

  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  bool String(std::string* out) {
    ++i_;  // opening quote
    for (;;) {
      // Copy the run of ordinary bytes in one go.
      size_t start = i_;
      while (i_ < t_.size()) {
        unsigned char c = static_cast<unsigned char>(t_[i_]);
        if (c == '"' || c == '\\' || (c < 0x20 && c != '\t')) break;
        ++i_;
      }
      out->append(t_.data() + start, i_ - start);
      if (i_ >= t_.size()) return Fail("unterminated string (truncated JSON?)");
      char c = t_[i_++];
      if (c == '"') return true;
      if (c != '\\') {
        --i_;
        return Fail("unescaped control character in string");
      }
      if (i_ >= t_.size()) return Fail("unterminated string (truncated JSON?)");
      char e = t_[i_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            // A high surrogate must be followed by \u + low surrogate.
            if (t_.size() - i_ >= 6 && t_[i_] == '\\' && t_[i_ + 1] == 'u') {
              size_t save = i_;
              i_ += 2;
              uint32_t lo = 0;
              if (!Hex4(&lo)) return false;
              if (lo >= 0xDC00 && lo <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
              } else {
                cp = 0xFFFD;
                i_ = save;  // the second escape is decoded on its own
              }
            } else {
              cp = 0xFFFD;
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD;
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          --i_;
          return Fail("bad escape in string");
      }
    }
  }

  bool Literal(std::string_view word) {
    if (t_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
  char Peek() const { return i_ < t_.size() ? t_[i_] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || i_ >= t_.size()) return false;
    ++i_;
    return true;
  }
  void SkipSpace() {
    while (i_ < t_.size() && (t_[i_] == ' ' || t_[i_] == '\t' || t_[i_] == '\r' || t_[i_] == '\n')) ++i_;
  }
  bool Fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at column " + std::to_string(i_ + 1);
    return false;
  }

  std::string_view t_;
  size_t i_ = 0;
  std::string error_;
};

}  // namespace

bool ParseObject(std::string_view text, std::vector<Member>* members, std::string* error) {
  members->clear();
  Parser p(text);
  if (p.Object(members)) return true;
  *error = p.error();
  return false;
}

bool ParseArrayOfObjects(std::string_view text, std::vector<std::vector<Member>>* objects, std::string* error) {
  objects->clear();
  Parser p(text);
  if (p.ArrayOfObjects(objects)) return true;
  *error = p.error();
  return false;
}

}  // namespace dyad::json
