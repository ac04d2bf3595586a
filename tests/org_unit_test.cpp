#include "ducha/org_unit.hpp"

#include <gtest/gtest.h>

using namespace ducha;

TEST(OrgRegistry, FindsUnitsByIdNameOrAlias) {
  OrgRegistry r;
  r.add({"economy", "区经济信息委", {"区经济和信息化委员会"}});
  r.add({"commerce", "区商务委(区招商中心)", {"区商务委"}});
  ASSERT_NE(r.find("区经济和信息化委员会"), nullptr);
  EXPECT_EQ(r.find("区经济和信息化委员会")->id, "economy");
  EXPECT_EQ(r.find("economy")->name, "区经济信息委");
  EXPECT_EQ(r.find("区商务委")->id, "commerce");
  EXPECT_EQ(r.find("区教委"), nullptr);
  EXPECT_EQ(r.units().size(), 2u);
}

TEST(OrgRegistry, RejectsCollidingNamesAndStaysUnchanged) {
  OrgRegistry r;
  r.add({"a", "区城市管理局", {"区城管局"}});
  try {
    r.add({"b", "区城管局", {}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("区城管局"), std::string::npos);
  }
  EXPECT_EQ(r.units().size(), 1u);
  EXPECT_EQ(r.find("b"), nullptr);
  EXPECT_EQ(r.find("区城管局")->id, "a");
  EXPECT_THROW(r.add({"", "x", {}}), Error);
  r.add({"b", "区住房城乡建委", {"区住建委"}});
  EXPECT_EQ(r.find("区住建委")->id, "b");
}
