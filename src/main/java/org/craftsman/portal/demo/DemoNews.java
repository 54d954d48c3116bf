package org.craftsman.portal.demo;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.demo.DemoRows.ArticleRow;

/**
 * The news the organizers published during the first conference, written for the demo:
 * the opening, each day's highlights, the contract signing, the awards and the editor's
 * closing summary, in Chinese and in English, with the figures the conference reported
 * (the same ones the rest of the demo data adds up to).
 */
final class DemoNews {

	private static final ZoneId CONFERENCE_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String PRESS = "大会新闻中心";

	private static final String PRESS_EN = "Conference press centre";

	private static final String EDITOR = "门户编辑部";

	private static final String EDITOR_EN = "Portal editors";

	private DemoNews() {
	}

	static List<ArticleRow> articles() {
		List<ArticleRow> rows = new ArrayList<>();
		add(rows, "opening", LocalDateTime.of(2022, 4, 27, 12, 0), "/media/news-opening.svg", "开幕,工匠云直播",
				"Opening,Artisan Cloud Live", PRESS, PRESS_EN, "首届大国工匠创新交流大会在深圳开幕",
				"The first Great Craftsmen Innovation Exchange Conference opens in Shenzhen",
				"77 个线下交流区、逾万平方米展示面积、440 个线上展厅热点同时开放，680 项职工创新成果集中亮相。",
				"77 exchange areas on site, more than 10,000 square metres of floor space and 440 hotspots in the online hall opened together, showing 680 innovations by workers.",
				"""
						4 月 27 日上午，首届大国工匠创新交流大会在深圳会展中心拉开帷幕。本届大会第一次把线下展会和线上展厅放在一起办：

						- **77 个**线下交流区，展示面积超过 **1 万平方米**；
						- 线上实景展厅设 **440 个**图文、音频和视频热点；
						- 来自各地的 **680 项**职工创新成果参展。

						开幕式之后，“工匠云直播”随即开播，三天里每天四场，共 **12 场**，全部可以[回看](/live)。

						想先逛一逛？可以从[第一个线下交流区](/areas/1)开始，或者打开[线上展厅](/hall)，再看看[这项成果](/results/1)。
						""",
				"""
						On the morning of 27 April the first Great Craftsmen Innovation Exchange Conference opened at the Shenzhen Convention and Exhibition Center. For the first time the exhibition on site and an online hall run side by side:

						- **77** exchange areas on site, on more than **10,000 square metres**;
						- an online hall with **440** hotspots of pictures, audio and video;
						- **680** innovations by workers from across the country.

						Right after the opening ceremony, Artisan Cloud Live went on air: four broadcasts a day over three days, **12** in all, each one [available again afterwards](/live).

						Where to start? Walk into [the first exchange area](/areas/1), open the [online hall](/hall), or look at [this result](/results/1).
						""");
		add(rows, "day-one-highlights", LocalDateTime.of(2022, 4, 27, 20, 0), "/media/news-day-one.svg", "每日看点,工匠云直播",
				"Daily highlights,Artisan Cloud Live", PRESS, PRESS_EN, "首日看点：论坛、展区直播和劳模工作室",
				"Day one: the forum, the areas on air and the model workers' studios",
				"开幕首日，四场直播带观众走进论坛和交流区；106 份成果转化合同当天签订。",
				"On the opening day four broadcasts took viewers into the forum and the exchange areas; 106 contracts to put results to use were signed.",
				"""
						第一天的直播从开幕式暨大国工匠论坛开始，随后镜头走进线下交流区，大国工匠们围绕智能制造需要的新技能展开对话，傍晚的劳模创新工作室开放日压轴。

						展区里，洽谈一直没有停。截至当天闭馆，共签订成果转化合同 **106 份**。

						错过了直播？[全部回放](/live)都在这里，[这个交流区](/areas/2)也值得细看。
						""",
				"""
						The first day's broadcasts began with the opening ceremony and the Great Craftsmen Forum, then took the camera into the exchange areas; master craftsmen talked about the new skills smart manufacturing asks for, and an open day at the model workers' innovation studios closed the day.

						On the floor, talks went on all day: by closing time **106** contracts to put results to use had been signed.

						Missed a broadcast? [Every replay](/live) is online, and [this exchange area](/areas/2) is worth a closer look.
						""");
		add(rows, "day-two-highlights", LocalDateTime.of(2022, 4, 28, 20, 0), "/media/news-day-two.svg", "每日看点,成果转化",
				"Daily highlights,Putting results to use", PRESS, PRESS_EN, "第二天看点：绝活展示与成果对接",
				"Day two: master skills on show and matchmaking", "技能绝活、成果转化对接会、工匠学院公开课和青年职工创新说轮番登场；当天又签下 106 份合同。",
				"Master skills, a matchmaking session, an open lecture of the Craftsman Academy and young workers on innovation; another 106 contracts were signed.",
				"""
						第二天的“工匠云直播”节奏更快：上午的技能绝活展示之后，成果转化对接会让成果持有方和企业面对面；下午，工匠学院开出公开课，青年职工讲述自己的创新故事。

						对接会的效果当天就看得见：又签订合同 **106 份**，两天累计 **212 份**。

						线上展厅同样热闹，[这个线上分区](/areas/78)里的视频热点尤其受欢迎；[这项成果](/results/28)也在当天找到了合作方。
						""",
				"""
						Day two moved faster: after the morning's show of master skills, the matchmaking session put the owners of results face to face with companies; in the afternoon the Craftsman Academy gave an open lecture and young workers told how they came to innovate.

						The matchmaking paid off the same day: **106** more contracts, **212** over the first two days.

						The online hall was just as busy, the videos of [this zone](/areas/78) above all; [this result](/results/28) found its partner that day too.
						""");
		add(rows, "contract-signing", LocalDateTime.of(2022, 4, 29, 11, 30), "/media/news-signing.svg", "成果转化,签约",
				"Putting results to use,Contracts", PRESS, PRESS_EN, "495 项成果签约转化，合同总额 1 亿元",
				"495 results signed for use, contracts worth 100 million yuan",
				"闭幕日现场签订 320 份合同；三天共签约 532 份，涉及 495 项职工创新成果，总金额 1 亿元。",
				"320 contracts were signed on the closing day; 532 over three days, covering 495 innovations by workers and worth 100 million yuan in all.",
				"""
						闭幕日上午的签约现场是整届大会最忙的时候：一个上午加上闭幕式，共签下 **320 份**合同。

						三天合计：

						| 项目 | 数量 |
						|---|---|
						| 签订合同 | 532 份 |
						| 签约转化的成果 | 495 项 |
						| 合同总金额 | 1 亿元（¥100,000,000） |

						每一份合同都可以在[签约成果](/contracts)页面查到，比如[这项成果](/results/1)的转化合同。
						""",
				"""
						The signing floor on the morning of the closing day was the busiest moment of the conference: with the closing ceremony, **320** contracts were signed.

						Over the three days:

						| What | How many |
						|---|---|
						| Contracts signed | 532 |
						| Results signed for use | 495 |
						| Total value | 100 million yuan (¥100,000,000) |

						Every contract is listed on the [contracts page](/contracts), for instance those of [this result](/results/1).
						""");
		add(rows, "awards", LocalDateTime.of(2022, 4, 29, 16, 0), "/media/news-awards.svg", "表彰", "Awards", PRESS,
				PRESS_EN, "大会表彰揭晓：技术成果奖与组织单位", "The awards: technical achievements and organizing units",
				"12 位职工获技术成果奖，10 家最佳组织单位、10 家优秀组织单位受到表彰，20 项成果获评优秀创新成果。",
				"12 workers received the Technical Achievement Award, 10 best and 10 outstanding organizing units were honoured, and 20 results were named excellent innovations.",
				"""
						闭幕式上公布了本届大会的表彰名单：

						1. **技术成果奖**：12 位来自生产一线的职工；
						2. **最佳组织单位**：10 家；
						3. **优秀组织单位**：10 家；
						4. **优秀创新成果**：20 项。

						获奖名单和每一位获奖者的评语见[表彰页面](/awards)。排在第一位的技术成果奖，对应的正是[这项成果](/results/1)。
						""",
				"""
						The closing ceremony announced the conference's awards:

						1. **Technical Achievement Award**: 12 workers from the shop floor;
						2. **Best organizing units**: 10;
						3. **Outstanding organizing units**: 10;
						4. **Excellent innovations**: 20 results.

						Every recipient, with the words that honour them, is on the [awards page](/awards). The first Technical Achievement Award went with [this result](/results/1).
						""");
		add(rows, "closing", LocalDateTime.of(2022, 4, 29, 18, 30), "/media/news-closing.svg", "闭幕,工匠云直播",
				"Closing,Artisan Cloud Live", EDITOR, EDITOR_EN, "三天，一组数字：首届大会闭幕",
				"Three days in figures: the first conference closes",
				"4 月 29 日大会闭幕。线上展厅累计访问 411 万人次、点赞 3081 万次，直播累计观看 530 万人次。",
				"The conference closed on 29 April. The online hall counted 4.11 million visits and 30.81 million likes; the broadcasts were watched 5.3 million times.",
				"""
						4 月 29 日傍晚，首届大国工匠创新交流大会在深圳会展中心闭幕。编辑部把这三天整理成一组数字：

						- 线下：**77 个**交流区，展示面积超过 **1 万平方米**；
						- 线上：**440 个**热点，展厅累计访问 **411 万人次**，点赞 **3081 万次**；
						- 直播：“工匠云直播”**12 场**，累计观看 **530 万人次**；
						- 转化：**495 项**成果签约，合同总额 **1 亿元**。

						大会虽已闭幕，展厅、成果和直播回放仍然开放。从[首页](/)出发，或者直接去[签约成果](/contracts)和[表彰名单](/awards)看看。
						""",
				"""
						On the evening of 29 April the first Great Craftsmen Innovation Exchange Conference closed at the Shenzhen Convention and Exhibition Center. The editors sum up the three days in figures:

						- On site: **77** exchange areas on more than **10,000 square metres**;
						- Online: **440** hotspots, **4.11 million** visits to the hall and **30.81 million** likes;
						- On air: **12** Artisan Cloud Live broadcasts, watched **5.3 million** times;
						- Put to use: **495** results signed, contracts worth **100 million yuan**.

						The conference is over, but the hall, the results and the replays stay open. Start from the [home page](/), or go straight to the [contracts](/contracts) and the [awards](/awards).
						""");
		return rows;
	}

	private static void add(List<ArticleRow> rows, String slug, LocalDateTime published, String cover, String tags,
			String tagsEn, String author, String authorEn, String title, String titleEn, String summary,
			String summaryEn, String body, String bodyEn) {
		OffsetDateTime at = published.atZone(CONFERENCE_ZONE).toOffsetDateTime();
		rows.add(new ArticleRow(rows.size() + 1L, slug, title, titleEn, summary, summaryEn, body.strip(),
				bodyEn.strip(), cover, tags, tagsEn, author, authorEn, "PUBLISHED", at, at, at));
	}

}
