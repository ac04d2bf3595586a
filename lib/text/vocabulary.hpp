// The word tables of the numeral and figure stages, one table per kind of word.
// Every term here is in docs/glossary.md; the rules that use them are in
// numerals.cpp, figures.cpp and ranges.cpp.
#pragma once

#include <string_view>

namespace ducha::text::vocabulary {

using W = std::u32string_view;

// Words in which a numeral character is no number (一切, 四川, 陆地 …).
inline constexpr W kWordsContainingNumerals[] = {
    U"一切", U"一看", U"一下", U"一些", U"一样", U"一起", U"一直", U"一定", U"一般", U"一旦", U"一致",
    U"一律", U"一同", U"统一", U"唯一", U"万一", U"之一", U"四川", U"大陆", U"陆地", U"登陆", U"着陆",
    U"海陆", U"陆续", U"队伍", U"落伍", U"入伍", U"收拾", U"拾取", U"拾起", U"拾到", U"夕拾", U"放肆",
    U"肆意", U"肆无忌惮", U"十足", U"十分", U"万万不", U"千万不", U"千万别", U"一美元", U"两美刀",
    U"两两", U"三三两两", U"乱七八糟", U"七上八下", U"一心一意", U"独一无二", U"九死一生"};

// Single-character units that begin a common word: after a figure these are the
// word, not the unit (3项目 is no "3项"; 5部门 no "5部").
inline constexpr W kWordsStartingWithAUnit[] = {
    U"方面", U"方案", U"方式", U"方向", U"方法", U"方位", U"方针", U"卡片", U"次级", U"次数", U"台账",
    U"项目", U"处理", U"件事", U"批次", U"起草", U"场所", U"场景", U"条件", U"条例", U"所有", U"间隔",
    U"张贴", U"片区", U"块状", U"人员", U"名单", U"位置", U"天然", U"米粮", U"元素", U"支路", U"支流",
    U"支部", U"支持", U"口岸", U"口径", U"宗旨", U"只有", U"只要", U"只是", U"只能", U"头部", U"部门",
    U"部分", U"部署", U"份额", U"套餐"};

// 打 after a number is a dozen (一打, 十打苹果) unless it begins a verb with the
// next character (拨打12345热线; 12345打不通; 三打两建): these are those characters.
inline constexpr W kDozenVerbSecondCharacters =
    U"造击通赢好响开破印卡扫包折工算电假黑非私掉拐压捞球牌架分听不得出进下成到了过赌伤死败倒车的针井桩"
    U"理扮扰断乱消磨拼入上起来去给向着字孔火猎鱼水气法量趣响赢点";

// Words before a percentage that give its direction.
// Just before the figure (了 为 达 仅为 约为 between): 增长5%, 同比增5%, 再降一个百分点.
inline constexpr W kGrowthUp[] = {U"同比增长", U"增长", U"增速", U"上升", U"提高", U"增加", U"提升", U"上涨",
                                  U"回升", U"增幅", U"增", U"升"};
inline constexpr W kGrowthDown[] = {U"同比下降", U"下降", U"降低", U"减少", U"下滑", U"负增长", U"回落", U"下调",
                                    U"降幅", U"降", U"减"};

// Words between the two ends of a range, besides the dash family that
// normalisation folds to '-' (— – ~ ～ 〜 －): 3万至6万元, 两到三万.
inline constexpr W kRangeConnectors[] = {U"-", U"至", U"到"};

// Words that join two figures into a range only when 之间 follows the second
// (3%与5%之间, 3万和5万元之间): elsewhere they join the items of a list.
inline constexpr W kBetweenConnectors[] = {U"与", U"和"};
inline constexpr W kBetween = U"之间";

// Informal money: 块 for 元 and 毛 for 角 (十块三毛 = 10.3元).
inline constexpr W kColloquialYuan = U"块";
inline constexpr W kColloquialJiao = U"毛";

}  // namespace ducha::text::vocabulary
