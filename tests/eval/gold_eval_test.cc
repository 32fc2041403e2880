// Event coding quality on the PETRARCH gold sets, measured with `dyad eval`.
// The floors sit just under what dyad reaches so quality cannot slide back.
#include <gtest/gtest.h>

#include <regex>

#include "testing/testing.h"

namespace dyad {
namespace {

double Field(const std::string& json, const std::string& level, const std::string& key) {
  std::smatch m;
  std::regex re("\"" + level + "\":\\{[^}]*\"" + key + "\":([0-9.]+)");
  if (!std::regex_search(json, m, re)) return -1;
  return std::stod(m[1]);
}

// A top-level integer: "exact_records":212.
int IntField(const std::string& json, const std::string& key) {
  std::smatch m;
  std::regex re("\"" + key + "\":([0-9]+)");
  if (!std::regex_search(json, m, re)) return -1;
  return std::stoi(m[1]);
}

// dyad eval --json on article files of tests/eval/data/ (built-in dictionaries: needs no
// ../shared), printed and recorded under `property`; the exit code checked.
std::string EvalArticles(std::initializer_list<const char*> files, const char* label, const char* property) {
  const std::string d = testing::TestDataDir() + "/eval/data/";
  std::string command = testing::DyadBinary() + " eval --json";
  for (const char* f : files) command += " " + d + f;
  auto r = testing::RunCommand(command);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::cout << "dyad article gold set, " << label << ", built-in dictionaries: " << r.out;
  ::testing::Test::RecordProperty(property, r.out);
  return r.out;
}

TEST(GoldEvalTest, GsrWithPhoenixDictionaries) {
  DYAD_REQUIRE_SHARED();
  std::string d = testing::SharedDir() + "/petrarch/";
  std::string cmd = testing::DyadBinary() + " eval --json " + d + "PETR2_GSR_validation.xml --dict " + d +
                    "CAMEO.2.0.txt --dict " + d + "Phoenix.Countries.actors.txt --dict " + d +
                    "Phoenix.International.actors.txt --dict " + d + "Phoenix.MilNonState.actors.txt --dict " + d +
                    "Phoenix.agents.txt --dict " + d + "Phoenix.discards.txt";
  auto r = testing::RunCommand(cmd);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::cout << "GSR, Phoenix dictionaries: " << r.out;
  RecordProperty("gsr_phoenix", r.out);
  // Measured 2026-12-03 (session 3, syntax model format 2): country+root 0.529, exact 0.426.
  // Syntax model format 3 (news tagging, branch syntax): country+root 0.564, exact 0.462.
  // Session 4 (coder rules + model format 3, greedy): country+root 0.658, exact 0.564.
  // Model format 4 (greedy + tree relabeler): country+root 0.653, exact 0.560.
  // Session 5 (coder and import rules, model format 4): country+root 0.698, exact 0.631.
  // Session 6 (parse repairs, coder rules, model format 5): country+root 0.719, exact 0.641.
  // Sessions 7 and 8 (coder rules, repairs, import mechanisms): country+root 0.761, exact 0.658.
  // Session 9 (what a negated or conditional clause holds): country+root 0.766, exact 0.662.
  // Session 10: all 78 records read (YYMMDD dates; an empty <Text> read from its parse's words),
  // so two more records and their three gold events count: country+root 0.770, exact 0.658.
  // Session 11 (a repeated pattern in a block keeps its last code, as PETRARCH 2 reads it):
  // country+root 0.800, exact 0.700; protesters destroying property riot (145): 0.812 / 0.713;
  // a tool's agent and its weapon ("blown up by a missile fired by rebels"): 0.820 / 0.720;
  // the file's transformations ("~ a (a b ATTACK) SAY = a b 015"): 0.857 / 0.758;
  // a document speaks for who released it, an allegation is of its clause's subject: 0.871 / 0.773.
  // Session 12: "the Somali militant group" is SOMUAF (TEST_6), which also finds a ---UAF target
  // in GOLD_0 the gold does not code: 0.864 / 0.778.
  // Session 13: cooperation never with an "against" phrase (GOLD_0): 0.870 / 0.783; "The US State
  // department" is the State Department (USAGOV, VERB_3), where the gold has USA: 0.870 / 0.770.
  // Session 20: a place where the verb's object happens is no host ("attend a summit in
  // Switzerland" gives no Swiss 043; VERB_0, VERB_1): 0.881 / 0.780.
  // Session 25 end: 0.887 / 0.775. Session 26, the news-trained parser: 0.841 / 0.756 with the
  // model alone, 0.870 / 0.783 with the repairs for its trees (README); the root-level losses are
  // GOLD_6 ("pledged to expel" is now read as an intention, 137, where the gold has 174 from the
  // old parser's misreading) and TEST_7 (Hamas firing rockets at Israel, coded, not in the gold).
  // Session 27: the parser trained with nine news treebank files (README), with the repairs
  // for its trees: 0.742 / 0.843 with the model alone, then 0.877 / 0.790 (TEST_1's missile
  // "believed to be fired by" rebels, AFP0808020675_1's split speaker, the reduced relative
  // "A report released Tuesday ... alleged", Rwanda's Senate as RWALEG in PREP_1).
  // Session 28: 0.914 / 0.852. Coder: a verbal act CAMEO has no intent code for, wanted, is the
  // act (VERB_6, 090); a present tense after "before" is scheduled (AFP0808020776_5); a trip that
  // was being prepared is the visit (AFP0808020625_4, 042); a place in a phrase an agent adjective
  // describes is that country's part so described (GOLD_0 IRQMUS, abc12_3 NGAMUS); a relative
  // clause in the simple present is what someone does (TEST_7's "those it fires at Israel").
  // Scoring: a one-sided coded event may match a one-sided gold event (target "---"; TEST_8's
  // IGOCOPITP 036) and is otherwise not scored, as before; without that rule 0.907 / 0.845.
  EXPECT_GE(Field(r.out, "country_root", "f1"), 0.91);
  EXPECT_GE(Field(r.out, "exact", "f1"), 0.85);
  // Every record is read and scored: none is rejected and left out of the figures.
  EXPECT_EQ(IntField(r.out, "records"), 78);
  EXPECT_EQ(IntField(r.out, "errors"), 0);
}

// Session 27 moved every article floor to just under that session's end (the "Session 27 end"
// lines): the parser trained with nine news treebank files and the repairs for its trees lifted
// the held-out J, K, L, M, O, P together (country + root 0.638 -> 0.643, exact 0.373 -> 0.376,
// dates 469 -> 476, places 142 -> 150) and the development files A-H, N (0.752 -> 0.755, exact
// 0.445 -> 0.454, dates 897 -> 939); some single files moved down within those totals and
// their floors with them: D 0.786 -> 0.777 and G 0.765 -> 0.742 country + root (G places 40 ->
// 36), N 0.748 -> 0.744, E exact 0.375 -> 0.361, I exact 0.396 -> 0.391, J dates 87 -> 83 and
// places 24 -> 23, M exact 0.327 -> 0.306 and dates 77 -> 76, O exact 0.42 -> 0.401, P 0.608
// -> 0.599 / 0.331 -> 0.329, dates 78 -> 76.
TEST(GoldEvalTest, DyadArticleGoldSet) {
  // dyad's own messy 2025-2026 articles (tests/eval/data/README.md), coded whole: the first two files.
  const std::string out = EvalArticles({"articles_a.jsonl", "articles_b.jsonl"}, "files A and B", "articles_builtin");
  // Session 15: at the start (with the story date for undated clauses) country+root 0.589,
  // exact 0.332, event dates 128 of 178 right; at its end, after the rules written looking at
  // this set's misses, 0.664 / 0.408, dates 159 of 204. Session 16: 0.713 / 0.442, 183 of 219.
  // Session 17 end: 0.716 / 0.447, dates 185 of 219.
  // Session 18 end: 0.752 / 0.466, dates 192 of 227. Session 19 end: 0.759 / 0.472, dates 193
  // of 228.
  // Session 20 end: 0.758 / 0.474, dates 201 of 230. Session 22 end: 0.769 / 0.478, dates 205.
  // Session 25 end: 0.787 / 0.489, dates 211.
  // Session 26 end (news-trained parser): 0.791 / 0.519, dates 232.
  // Session 27 end (nine-file news parser): 0.794 / 0.518, dates 233.
  // Session 28 end: 0.799 / 0.521, dates 233.
  EXPECT_GE(Field(out, "country_root", "f1"), 0.795);
  EXPECT_GE(Field(out, "exact", "f1"), 0.52);
  EXPECT_GE(Field(out, "dates", "right"), 232);
  EXPECT_EQ(IntField(out, "records"), 32);
  EXPECT_EQ(IntField(out, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetThirdFile) {
  // The third file, written by an annotator the same way and kept out of development in
  // session 15 (its figures before and after said how much of that work carried over).
  const std::string out = EvalArticles({"articles_c.jsonl"}, "third file", "articles_third_builtin");
  // Session 15 start: country+root 0.635, exact 0.412, dates 64 of 84; end: 0.683 / 0.484,
  // dates 74 of 92. (From session 16 on it is a development file: articles_d is held out.)
  // Session 16 end: 0.700 / 0.500, dates 79 of 94.
  // Session 17 end: 0.721 / 0.516, dates 82 of 98.
  // Session 18 end: 0.766 / 0.553, dates 86 of 104. Session 19 end: 0.770 / 0.558, 87 of 105.
  // Session 20 end: 0.783 / 0.573, dates 90 of 108.
  // Session 22: 0.787 / 0.578 -> 0.785 / 0.569 (scare quotes parsed around, an "after" clause's
  // maker as the target: more right roots with the wrong subcode): floor for exact 0.565.
  // Session 23 end: 0.804 / 0.577, dates 94.
  // Session 25 end: 0.812 / 0.594, dates 97.
  // Session 26 end (news-trained parser): 0.838 / 0.621, dates 109.
  // Session 27 end (nine-file news parser): 0.842 / 0.625, dates 109.
  // Session 28 end: 0.845 / 0.627, dates 109.
  EXPECT_GE(Field(out, "country_root", "f1"), 0.84);
  EXPECT_GE(Field(out, "exact", "f1"), 0.625);
  EXPECT_GE(Field(out, "dates", "right"), 108);
  EXPECT_EQ(IntField(out, "records"), 16);
  EXPECT_EQ(IntField(out, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetFifthFile) {
  // The fifth file, written in session 16 to be studied as unseen text (tests/eval/data/README.md).
  const std::string out = EvalArticles({"articles_e.jsonl"}, "fifth file", "articles_fifth_builtin");
  // Session 16, when first run: country+root 0.568, exact 0.267, dates 57 of 78, places 14 of 30;
  // at the session's end, after rules written from its misses: 0.605 / 0.309, dates 62 of 84.
  // Session 17 end: 0.632 / 0.316, dates 66 of 86, places 22 of 31. Session 18 end: 0.643 /
  // 0.350, dates 64 of 88, places 20 of 30 (E04's "met ... to discuss" is now one happening
  // with its talks, which its annotator coded twice: 042/043 and 046). Session 19 end: the same,
  // dates 65 of 88.
  // Session 20 end: 0.660 / 0.354, dates 69 of 91, places 22 of 33.
  // Session 24: 0.688 -> 0.681, two right dyads the gold has as other tellings of one happening
  // ("Hungary and Ukraine each expelled two diplomats": HUN<->UKR besides HUNGOV<->UKRGOV;
  // "launched 598 drones at the country": RUS -> UKR on the night before the strike's day);
  // at the session's end 0.703 / 0.366, dates 80 of 98, places 24 of 34 (dates and places counted
  // since session 24 on the matching coded event with the gold's date, then place).
  // Session 25 end: 0.717 / 0.372, dates 82, places 25.
  // Session 26 end (news-trained parser): 0.724 / 0.375, dates 81, places 24.
  // (Dates 82 -> 81 with the news-trained parser: floor lowered.)
  // Session 27 end (nine-file news parser): 0.729 / 0.361, dates 85, places 26.
  // Session 28: 0.729 / 0.368, dates 85, places 28; then 0.721 / 0.370, places 29: "India flew
  // tents and food into Kabul" is now the gold's aid (073), no longer a visit whose 042/043 matched
  // the gold's INDGOV <-> AFGGOV 041 phone call at root level (floor lowered).
  // Session 28 end: 0.723 / 0.371, dates 85, places 29.
  EXPECT_GE(Field(out, "country_root", "f1"), 0.72);
  EXPECT_GE(Field(out, "exact", "f1"), 0.37);
  EXPECT_GE(Field(out, "dates", "right"), 84);
  EXPECT_GE(Field(out, "places", "right"), 28);
  EXPECT_EQ(IntField(out, "records"), 16);
  EXPECT_EQ(IntField(out, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetFourthFile) {
  // The fourth file, written by a fourth annotator in session 16 and held out from development
  // until session 19, which studied its misses (tests/eval/data/README.md).
  const std::string out = EvalArticles({"articles_d.jsonl"}, "fourth file", "articles_heldout_builtin");
  // Session 16 start: country+root 0.553, exact 0.355, dates 50 of 77, places (the first file
  // with them) 14 of 38, 16 of them with no place coded. End: 0.553 / 0.355, dates 53 of 77,
  // places 14 of 38 (the session's rules, written on the other files, did not carry over).
  // Session 17 end (its rules were written on the development files; only this file's totals
  // were looked at): 0.574 / 0.355, dates 55 of 80, places 15 of 38. Session 18 end (held out
  // with H and I): 0.609 / 0.373, dates 59 of 84, places 18 of 41. Session 19 end (rules
  // written from its misses): 0.782 / 0.469, dates 82 of 113, places 25 of 56.
  // Session 22 end: 0.793 / 0.481, dates 83, places 28.
  // Session 25: 0.792 / 0.477 after the parse stopped hanging words on punctuation ("talks
  // between Kinshasa and the rebels" now also codes those two's talks, which the gold leaves out).
  // Session 25 end: 0.792 / 0.477, dates 90, places 28.
  // Session 26 end (news-trained parser): 0.786 / 0.461, dates 92, places 31.
  // (0.792 / 0.477 -> 0.786 / 0.461 with the news-trained parser, whose trees the rules written on
  // this file in session 19 did not expect; the held-out files gain: floors lowered.)
  // Session 27 end (nine-file news parser): 0.777 / 0.492, dates 96, places 32.
  // Session 28 end: 0.777 / 0.492, dates 96, places 45.
  EXPECT_GE(Field(out, "country_root", "f1"), 0.775);
  EXPECT_GE(Field(out, "exact", "f1"), 0.49);
  EXPECT_GE(Field(out, "dates", "right"), 95);
  EXPECT_GE(Field(out, "places", "right"), 44);
  EXPECT_EQ(IntField(out, "records"), 16);
  EXPECT_EQ(IntField(out, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetSixthAndSeventh) {
  // Two more files, written by two more annotators in session 17 (regions and kinds of event the
  // others lack) and held out that session; studied in session 18, now development files.
  const std::string f = EvalArticles({"articles_f.jsonl"}, "sixth file (held out)", "articles_sixth_builtin");
  // Session 17, first run: country+root 0.535, exact 0.226, dates 58 of 83, places 23 of 40;
  // at the session's end 0.543 / 0.227, dates 60 of 84, places 23 of 41. Session 18 end (rules
  // written from its misses): 0.605 / 0.248, dates 68 of 93, places 26 of 46. Session 19 end:
  // 0.608 / 0.247, dates 68 of 94, places 26 of 47.
  // Session 20 end: 0.614 / 0.253, dates 71 of 95, places 26 of 47.
  // Session 25 end: F 0.654 / 0.259, dates 81, places 27.
  // Session 26 end (news-trained parser): F 0.629 / 0.277, dates 85, places 27.
  // (F 0.654 -> 0.629 with the news-trained parser: floor lowered; G gains.)
  // Session 27 end (nine-file news parser): F 0.650 / 0.288, dates 93, places 27.
  // Session 28 end: F 0.667 / 0.293, dates 94, places 31.
  EXPECT_GE(Field(f, "country_root", "f1"), 0.665);
  EXPECT_GE(Field(f, "exact", "f1"), 0.29);
  EXPECT_GE(Field(f, "dates", "right"), 93);
  EXPECT_GE(Field(f, "places", "right"), 30);
  EXPECT_EQ(IntField(f, "records"), 16);
  EXPECT_EQ(IntField(f, "errors"), 0);
  const std::string g = EvalArticles({"articles_g.jsonl"}, "seventh file (held out)", "articles_seventh_builtin");
  // Session 17, first run: country+root 0.588, exact 0.294, dates 75 of 102, places 26 of 40;
  // at the session's end 0.599 / 0.297, dates 76 of 103, places 27 of 41. Session 18 end:
  // 0.698 / 0.379, dates 87 of 118, places 33 of 51. Session 19 end: 0.712 / 0.394, dates 90
  // of 121, places 35 of 54.
  // Session 20 end: 0.716 / 0.393, dates 91 of 122, places 36 of 55.
  // Session 22: 0.729 / 0.391 -> 0.723 / 0.385 when scare quotes were parsed around (the six
  // held-out files gained 0.004): floor for exact 0.38. Session 23 end: 0.730 / 0.388, dates 92,
  // places 36.
  // Session 25 end: G 0.753 / 0.397, dates 100, places 40.
  // Session 26 end (news-trained parser): G 0.765 / 0.402, dates 103, places 40.
  // Session 27 end (nine-file news parser): G 0.742 / 0.407, dates 109, places 36.
  // Session 28 end: G 0.758 / 0.412, dates 113, places 45.
  EXPECT_GE(Field(g, "country_root", "f1"), 0.755);
  EXPECT_GE(Field(g, "exact", "f1"), 0.41);
  EXPECT_GE(Field(g, "dates", "right"), 112);
  EXPECT_GE(Field(g, "places", "right"), 44);
  EXPECT_EQ(IntField(g, "records"), 16);
  EXPECT_EQ(IntField(g, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetHeldOutEighthAndNinth) {
  // Two files written by two more annotators in session 18 (tests/eval/data/README.md), held
  // out (only their totals looked at) until session 20 studied H; I is still held out.
  const std::string h = EvalArticles({"articles_h.jsonl"}, "eighth file", "articles_eighth_builtin");
  // Session 18, first run (after the session's first rules, written from F and G): country+root
  // 0.516, exact 0.269, dates 54 of 68, places 11 of 23 (the session's start binary: 0.513 /
  // 0.267); at the session's end 0.524 / 0.276, dates 55 of 69, places 11 of 23. Session 19
  // end (held out with I, J and K): 0.526 / 0.285, dates 55 of 69, places 12 of 24.
  // Session 20 studied H (a development file from then on): at its end 0.669 / 0.411, dates 77
  // of 93, places 17 of 30 (15 before the place match took "Washington" for "Washington, D.C.").
  // Session 22 end: 0.687 / 0.412, dates 81, places 17.
  // Session 26 end (news-trained parser): H 0.700 / 0.447, dates 87, places 23.
  // Session 27 end (nine-file news parser): H 0.739 / 0.478, dates 98, places 25.
  // Session 28 end: H 0.746 / 0.489, dates 97, places 25.
  EXPECT_GE(Field(h, "country_root", "f1"), 0.745);
  EXPECT_GE(Field(h, "exact", "f1"), 0.485);
  EXPECT_GE(Field(h, "dates", "right"), 96);
  EXPECT_GE(Field(h, "places", "right"), 24);
  EXPECT_EQ(IntField(h, "records"), 16);
  EXPECT_EQ(IntField(h, "errors"), 0);
  const std::string i = EvalArticles({"articles_i.jsonl"}, "ninth file", "articles_ninth_builtin");
  // Session 18, first run (as H): 0.538 / 0.292, dates 60 of 81, places 14 of 38 (the same
  // with the session's start binary); at the session's end 0.555 / 0.301, dates 64 of 83,
  // places 14 of 39. Session 19 end: 0.578 / 0.312, dates 68 of 87, places 20 of 43.
  // Held out until session 25, which studied it (a development file from then on): at its
  // start 0.590 / 0.315, dates 70 of 90, places 21 of 44.
  // Session 25 end: 0.645 / 0.332, dates 76, places 23.
  // Session 26 end (news-trained parser): I 0.673 / 0.396, dates 86, places 28.
  // Session 27 end (nine-file news parser): I 0.688 / 0.391, dates 91, places 33.
  // Session 28 end: I 0.697 / 0.396, dates 91, places 39.
  EXPECT_GE(Field(i, "country_root", "f1"), 0.695);
  EXPECT_GE(Field(i, "exact", "f1"), 0.395);
  EXPECT_GE(Field(i, "dates", "right"), 90);
  EXPECT_GE(Field(i, "places", "right"), 38);
  EXPECT_EQ(IntField(i, "records"), 16);
  EXPECT_EQ(IntField(i, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetHeldOutTenthAndEleventh) {
  // Two held-out files written by two more annotators in session 19 (Africa, South and Southeast
  // Asia, the Pacific; the Americas, Europe's east, the Middle East); only their totals are
  // looked at (tests/eval/data/README.md).
  const std::string j = EvalArticles({"articles_j.jsonl"}, "tenth file (held out)", "articles_tenth_builtin");
  // Session 19, first run (after the session's first rules, written from D): country+root 0.613,
  // exact 0.380, dates 70 of 91, places 20 of 40 (the session's start binary: 0.606 / 0.377,
  // dates 68 of 89, places 19 of 39). At the session's end: 0.631 / 0.396, dates 74 of 93, places
  // 20 of 41.
  // Session 20 end (held out): 0.635 / 0.408, dates 77 of 94, places 20 of 41.
  // Session 22 end: 0.651 / 0.423, dates 79, places 20.
  // Session 26 end (news-trained parser): J 0.658 / 0.422, dates 87, places 24.
  // Session 27 end (nine-file news parser): J 0.656 / 0.424, dates 83, places 23.
  // Session 28 end: J 0.662 / 0.431, dates 84, places 25.
  EXPECT_GE(Field(j, "country_root", "f1"), 0.66);
  EXPECT_GE(Field(j, "exact", "f1"), 0.43);
  EXPECT_GE(Field(j, "dates", "right"), 83);
  EXPECT_GE(Field(j, "places", "right"), 24);
  EXPECT_EQ(IntField(j, "records"), 16);
  EXPECT_EQ(IntField(j, "errors"), 0);
  const std::string k = EvalArticles({"articles_k.jsonl"}, "eleventh file (held out)", "articles_eleventh_builtin");
  // Session 19, first run (as J): 0.506 / 0.309, dates 53 of 67, places 2 of 17 (start binary:
  // 0.502 / 0.307, the same dates and places). At the session's end: 0.515 / 0.318, dates 54 of
  // 68, places 3 of 18.
  // Session 20 end (held out): 0.521 / 0.317, dates 56 of 69, places 5 of 19.
  // Session 22 end: 0.545 / 0.328, dates 62, places 10.
  // Session 25 end: K 0.561 / 0.332, dates 63, places 11 (held out: totals only).
  // Session 26 end (news-trained parser): K 0.626 / 0.342, dates 71, places 17.
  // Session 27 end (nine-file news parser): K 0.627 / 0.369, dates 73, places 20.
  // Session 28 end: K 0.627 / 0.369, dates 73, places 22.
  EXPECT_GE(Field(k, "country_root", "f1"), 0.625);
  EXPECT_GE(Field(k, "exact", "f1"), 0.365);
  EXPECT_GE(Field(k, "dates", "right"), 72);
  EXPECT_GE(Field(k, "places", "right"), 21);
  EXPECT_EQ(IntField(k, "records"), 16);
  EXPECT_EQ(IntField(k, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetHeldOutTwelfthAndThirteenth) {
  // Two held-out files written by two more annotators in session 20 (East, South and Central
  // Asia; Africa, Europe and the Americas); only their totals are looked at.
  const std::string l = EvalArticles({"articles_l.jsonl"}, "twelfth file (held out)", "articles_twelfth_builtin");
  // Session 20, first run (with the session's first rules, written from H; the session's start
  // binary gave the same): country+root 0.519, exact 0.319, dates 41 of 69, places 13 of 30.
  // Session 22 end: 0.547 / 0.358, dates 49, places 16.
  // Session 25 end: L 0.593 / 0.388, dates 59, places 19 (held out).
  // Session 26 end (news-trained parser): L 0.648 / 0.400, dates 73, places 23.
  // Session 27 end (nine-file news parser): L 0.671 / 0.419, dates 80, places 23.
  // Session 28 end: L 0.671 / 0.419, dates 80, places 25.
  EXPECT_GE(Field(l, "country_root", "f1"), 0.67);
  EXPECT_GE(Field(l, "exact", "f1"), 0.415);
  EXPECT_GE(Field(l, "dates", "right"), 79);
  EXPECT_GE(Field(l, "places", "right"), 24);
  EXPECT_EQ(IntField(l, "records"), 16);
  EXPECT_EQ(IntField(l, "errors"), 0);
  const std::string m = EvalArticles({"articles_m.jsonl"}, "thirteenth file (held out)", "articles_thirteenth_builtin");
  // Session 20, first run (as L): 0.554 / 0.266, dates 54 of 75, places 13 of 25.
  // Session 22 end: 0.556 / 0.281, dates 53, places 13.
  // Session 24: 0.554, one more false positive after a tagger repair for headline verbs that raised
  // LAS on two of the four news treebank files (its events not looked at: the file is held out);
  // at the session's end 0.554 / 0.280, dates 59, places 14.
  // Session 25 end: M 0.566 / 0.287, dates 60, places 13 (held out).
  // Session 26 end (news-trained parser): M 0.625 / 0.323, dates 77, places 17.
  // Session 27 end (nine-file news parser): M 0.639 / 0.306, dates 76, places 21.
  // Session 28 end: M 0.643 / 0.308, dates 76, places 23.
  EXPECT_GE(Field(m, "country_root", "f1"), 0.64);
  // (Mid-session 25 its exact F1 dipped to 0.279, one exact match fewer, before later rules.)
  EXPECT_GE(Field(m, "exact", "f1"), 0.305);
  EXPECT_GE(Field(m, "dates", "right"), 75);
  EXPECT_GE(Field(m, "places", "right"), 22);
  EXPECT_EQ(IntField(m, "records"), 16);
  EXPECT_EQ(IntField(m, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetFourteenth) {
  // Written by a fourteenth annotator in session 21 (Iran and the IAEA, Iraq, Syria, Lebanon,
  // Gaza's mediators, the Huthis, Saudi Arabia and the US, Armenia-Azerbaijan, Georgia,
  // Jordan and Egypt, Pakistan-Iran, the Gulf and China) and studied in that session.
  const std::string n = EvalArticles({"articles_n.jsonl"}, "fourteenth file", "articles_fourteenth_builtin");
  // Session 21, first run with the session's start binary: country+root 0.603, exact 0.321,
  // dates 80 of 90, places 30 of 42; studied, at the session's end 0.717 / 0.393, dates 100 of
  // 113, places 37 of 52.
  // Session 22 end: 0.733 / 0.404, dates 102, places 38.
  // Session 25 end: 0.755 / 0.415, dates 110, places 41.
  // Session 26 end (news-trained parser): N 0.748 / 0.395, dates 108, places 40.
  // (0.755 / 0.412 -> 0.748 / 0.395 with the news-trained parser: floors lowered.)
  // Session 27 end (nine-file news parser): N 0.744 / 0.423, dates 116, places 44.
  // Session 28 end: N 0.751 / 0.426, dates 116, places 44.
  EXPECT_GE(Field(n, "country_root", "f1"), 0.75);
  EXPECT_GE(Field(n, "exact", "f1"), 0.425);
  EXPECT_GE(Field(n, "dates", "right"), 115);
  EXPECT_GE(Field(n, "places", "right"), 43);
  EXPECT_EQ(IntField(n, "records"), 16);
  EXPECT_EQ(IntField(n, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetHeldOutFifteenth) {
  // A held-out file written by a fifteenth annotator in session 21 (Russia-Ukraine talks,
  // Russian drones over NATO states, Moldova, the Balkans, Venezuela and the US, Colombia,
  // Ecuador, Peru-Mexico, Haiti, DR Congo-Rwanda, Ethiopia-Eritrea, Somalia, Cuba); only its
  // totals are looked at.
  const std::string o = EvalArticles({"articles_o.jsonl"}, "fifteenth file (held out)", "articles_fifteenth_builtin");
  // Session 21, first run with the session's start binary: country+root 0.575, exact 0.342,
  // dates 63 of 84, places 18 of 29; after the session's first two rules (retaliation
  // threats, answers to offers and demands): 0.573 / 0.341, the same dates and places; at the
  // session's end 0.575 / 0.343, dates 63 of 84, places 18 of 29.
  // Session 25 end: 0.583 / 0.346, dates 66, places 19 (held out).
  // Session 26 end (news-trained parser): O 0.660 / 0.416, dates 83, places 28.
  // Session 27 end (nine-file news parser): O 0.665 / 0.401, dates 88, places 29.
  // Session 28 end: O 0.667 / 0.406, dates 88, places 33.
  EXPECT_GE(Field(o, "country_root", "f1"), 0.665);
  EXPECT_GE(Field(o, "exact", "f1"), 0.405);
  EXPECT_GE(Field(o, "dates", "right"), 87);
  EXPECT_GE(Field(o, "places", "right"), 32);
  EXPECT_EQ(IntField(o, "records"), 16);
  EXPECT_EQ(IntField(o, "errors"), 0);
}

TEST(GoldEvalTest, DyadArticleGoldSetHeldOutSixteenth) {
  // A held-out file written by a sixteenth annotator in session 25 (the Falklands, Panama and
  // the US, Guatemala-Belize at the ICJ, El Salvador, Burkina Faso, Guinea, South Africa and the
  // US, Uganda-DR Congo, Japan with Russia and China, South Korea-Japan, India-Sri Lanka,
  // Kazakhstan, Spain-Morocco, Greece-Turkey, Russian spies in Germany, Belarus-Lithuania);
  // only its totals are looked at.
  const std::string p = EvalArticles({"articles_p.jsonl"}, "sixteenth file (held out)", "articles_sixteenth_builtin");
  // Session 25, first run with the session's start binary: country+root 0.601, exact 0.318,
  // dates 65 of 89, places 27 of 49; with the session's first rules (written from A to I):
  // 0.606 / 0.316, dates 66 of 90, places 27 of 49.
  // Session 25 end: 0.611 / 0.322, dates 67, places 27 (held out: totals only).
  // Session 26 end (news-trained parser): P 0.608 / 0.333, dates 78, places 33.
  // Session 27 end (nine-file news parser): P 0.599 / 0.329, dates 76, places 34.
  // Session 28 end: P 0.599 / 0.329, dates 76, places 36.
  EXPECT_GE(Field(p, "country_root", "f1"), 0.595);
  EXPECT_GE(Field(p, "exact", "f1"), 0.325);
  EXPECT_GE(Field(p, "dates", "right"), 75);
  EXPECT_GE(Field(p, "places", "right"), 35);
  EXPECT_EQ(IntField(p, "records"), 16);
  EXPECT_EQ(IntField(p, "errors"), 0);
}

TEST(GoldEvalTest, GsrWithBuiltInDictionaries) {
  DYAD_REQUIRE_SHARED();
  auto r = testing::RunCommand(testing::DyadBinary() + " eval --json " + testing::SharedDir() +
                               "/petrarch/PETR2_GSR_validation.xml");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::cout << "GSR, built-in dictionaries: " << r.out;
  RecordProperty("gsr_builtin", r.out);
  // Measured 2026-12-03 (session 3, syntax model format 2): country+root 0.580, exact 0.391.
  // Syntax model format 3 (news tagging, branch syntax): country+root 0.612, exact 0.403.
  // Session 4 (coder rules, verbs, model format 3, greedy): country+root 0.652, exact 0.406.
  // Session 5 (verbs, coder rules, model format 4): country+root 0.718, exact 0.437.
  // Session 6 (verbs, coder rules, people, model format 5): country+root 0.750, exact 0.444.
  // Session 7, branch builtin (verbs, agents, SOHR as a rights monitor): country+root 0.759, exact 0.455.
  // Merged with the session's coder rules: country+root 0.762, exact 0.449 (two events the gold
  // codes otherwise: USA -> IMGMUSISI 195, where the gold has the place's IRQMUS, and ISRMIL for
  // "Israeli tank shelling", where it has ISR).
  // Session 9: country+root 0.767, exact 0.452.
  // Session 10, all 78 records (the two added ones have no exact match: 046 gold, 040 here):
  // country+root 0.763, exact 0.434.
  // Session 12: a killing is mass killing (202) only when named so or counted in hundreds, so
  // "eight people were killed in an air strike by government forces" (SYRIA_1) is now an event
  // ---MIL -> ---CVL 190 the gold does not code: country+root 0.766, exact 0.429.
  // Session 15: consultations are reciprocal and held talks are negotiations (046), as the CAMEO
  // codebook says; this gold (PETRARCH-derived) codes "met with" one way, so two reverse 040 events
  // count as false (GOLD_2, AFP0808021021_3) while two 046 talks now match: 0.756, exact 0.449.
  // A visit is hosted (042 with 043, as the codebook links them); the gold has no 043 for the two
  // summits Obama attends (VERB_0, VERB_1): 0.747, exact 0.443. (The article gold set, coded to the
  // codebook, gains: country+root 0.606 -> 0.620.)
  // Session 18: a visit named in a during-phrase is its clause subject's ("held talks with
  // Suleiman during a surprise visit to Beirut": USAMIL -> LBN 042 and its 043), which this gold
  // does not code (AFP0808020905_1): 0.738, exact 0.438 (the article files gain 4 events).
  // Session 20: a place that only says where the verb's object happens is no host (no 043 for
  // "a summit in Switzerland", VERB_0 and VERB_1): 0.747, exact 0.443.
  // Session 27 (nine-file news parser): 0.742 / 0.453, one event more the gold leaves out
  // ("France condemned as unacceptable allegations by Rwanda", FRA -> RWA 111).
  // Session 28: 0.762 / 0.465 (the one-sided scoring rule of the Phoenix test above included).
  EXPECT_GE(Field(r.out, "country_root", "f1"), 0.755);
  EXPECT_GE(Field(r.out, "exact", "f1"), 0.46);
}

TEST(GoldEvalTest, UnitTestRecordsWithTheirDictionaries) {
  DYAD_REQUIRE_SHARED();
  std::string d = testing::SharedDir() + "/petrarch/";
  auto r = testing::RunCommand(testing::DyadBinary() + " eval --json " + d + "PETR.UnitTest.records.xml --dict " + d +
                               "PETR.Validate.actors.txt --dict " + d + "PETR.Validate.agents.txt --dict " + d +
                               "PETR.Validate.verbs.txt --dict " + d + "PETR.Validate.discards.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::cout << "UnitTest records, PETR.Validate dictionaries: " << r.out;
  RecordProperty("unittest", r.out);
  // Measured 2026-12-04 (session 3, syntax model format 2): 165/284 records exact, strict F1 0.672
  // (PETRARCH2: 0.41). Syntax model format 3 (branch syntax): 164/284, 0.668.
  // Session 4 (coder rules, import fixes, greedy model): 175/284, 0.728.
  // Model format 4 (greedy + tree relabeler): 181/284, 0.744.
  // Session 5 (PETRARCH pattern and actor semantics, repairs): 212/284, 0.812.
  // Session 6: 213/284, 0.814.
  // Session 7 (branch unit: PETRARCH importer and coder rules): 245/284, 0.904.
  // Branch unit2 (new_actor_length, imported seats/groups take agents, "departes"): 249/284, 0.916;
  // with RepairListSubjects: 250/284, 0.919; -ing clauses of time have no source: 251/284, 0.920;
  // TABARI open names ("ITHILEN TELEVISION"): 252/284, 0.923; "^" skips phrases: 253/284, 0.926;
  // RepairActiveAgents: 254/284, 0.929; RepairUnmarkedConjuncts: 256/284 (90.1%), 0.931.
  // Session 26, the news-trained parser: 245/284 with the model alone, 256/284 (90.1%), 0.925 with
  // the repairs for its trees.
  EXPECT_GE(IntField(r.out, "exact_records"), 255);
  EXPECT_GE(Field(r.out, "exact", "f1"), 0.89);
}

// The same records parsed with the shipped beam model (data/model/syntax-en-ewt-beam.bin).
TEST(GoldEvalTest, UnitTestRecordsWithTheBeamModel) {
  DYAD_REQUIRE_SHARED();
  std::string d = testing::SharedDir() + "/petrarch/";
  std::string model = testing::DataDir() + "/model/syntax-en-ewt-beam.bin";
  auto r = testing::RunCommand("DYAD_MODEL=" + model + " " + testing::DyadBinary() + " eval --json " + d +
                               "PETR.UnitTest.records.xml --dict " + d + "PETR.Validate.actors.txt --dict " + d +
                               "PETR.Validate.agents.txt --dict " + d + "PETR.Validate.verbs.txt --dict " + d +
                               "PETR.Validate.discards.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::cout << "UnitTest records, beam model: " << r.out;
  // Measured 2026-12-04 (session 4): 184/284 records exact, strict F1 0.742.
  // Model format 4 (beam 8 + tree relabeler): 186/284, 0.748.
  // Session 5: 211/284, 0.812.
  // Session 7 (branch unit): 236/284, 0.886.
  EXPECT_GE(Field(r.out, "exact", "f1"), 0.87);
}

}  // namespace
}  // namespace dyad
