// Cells: a table row written as text (lib/text/cells.cpp).
#include <gtest/gtest.h>

#include "text/cells.hpp"
#include "text/normalized_text.hpp"

using namespace ducha;
using namespace ducha::text;

namespace {

std::vector<Cell> cells(const std::string& text) { return find_cells(normalize(text).original, extract(text)); }

}  // namespace

TEST(Cells, ACellFollowsItsColumnsHeader) {
  auto c = cells("进度 52242 完成比例(%) 187.9");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].column, Column::actual);
  EXPECT_EQ(c[0].value, Fraction(52242));
  EXPECT_FALSE(c[0].unit);
  EXPECT_FALSE(c[0].percent);
  EXPECT_EQ(c[0].header_b, 0u);
  EXPECT_EQ(c[1].column, Column::rate);
  EXPECT_EQ(c[1].value, Fraction(1879, 10));
  EXPECT_TRUE(c[1].percent);
}

TEST(Cells, TheUnitComesFromTheHeaderOrTheRowsLabel) {
  auto header = cells("目标任务(万元) 500");
  ASSERT_EQ(header.size(), 1u);
  EXPECT_EQ(header[0].column, Column::target);
  ASSERT_TRUE(header[0].unit);
  EXPECT_EQ(header[0].unit->symbol, "万元");
  auto label = cells("全市 城镇新增就业(人) 目标任务 27800");
  ASSERT_EQ(label.size(), 1u);
  ASSERT_TRUE(label[0].unit);
  EXPECT_EQ(label[0].unit->symbol, "人");
  auto percent = cells("城镇登记失业率低于(%) 目标任务 4.3");
  ASSERT_EQ(percent.size(), 1u);
  EXPECT_TRUE(percent[0].percent);
  auto volume = cells("新增蓄水能力(万方) 工作目标 8");
  ASSERT_TRUE(volume[0].unit);
  EXPECT_EQ(volume[0].unit->dimension, Dimension::volume);
  auto none = cells("基本消除村卫生室“空白村”(平江17、汩罗4) 工作目标 21");  // the brackets hold no unit
  ASSERT_EQ(none.size(), 1u);
  EXPECT_FALSE(none[0].unit);
}

TEST(Cells, APercentageHeaderAboutCompletionIsARate) {
  auto c = cells("进度 12345 完成目标(%) 61.2");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].column, Column::rate);
  auto p = cells("进度(%) 61");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].column, Column::rate);
}

TEST(Cells, OnlyWholeTokensAfterAColumnWordAreCells) {
  EXPECT_TRUE(cells("目标任务是要完成180人").empty());          // no header token
  EXPECT_TRUE(cells("城镇新增就业 27800").empty());             // no column word
  EXPECT_TRUE(cells("目标任务 3-5").empty());                   // a range is no cell
  EXPECT_TRUE(cells("目标任务 27800人").empty());               // a quantity, read as one
  EXPECT_TRUE(cells("完成情况良好,完成120个").empty());
  EXPECT_EQ(cells("完成情况 95%").front().column, Column::actual);
}
