package org.craftsman.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.demo.DemoCatalog.City;
import org.craftsman.portal.demo.DemoCatalog.Province;
import org.craftsman.portal.demo.DemoCatalog.Term;
import org.craftsman.portal.demo.DemoRows.AnnouncementRow;
import org.craftsman.portal.demo.DemoRows.ArticleRow;
import org.craftsman.portal.demo.DemoRows.AreaRow;
import org.craftsman.portal.demo.DemoRows.AwardRow;
import org.craftsman.portal.demo.DemoRows.BroadcastRow;
import org.craftsman.portal.demo.DemoRows.BroadcastSpeakerRow;
import org.craftsman.portal.demo.DemoRows.SpeakerRow;
import org.craftsman.portal.demo.DemoRows.ConferenceRow;
import org.craftsman.portal.demo.DemoRows.HallRow;
import org.craftsman.portal.demo.DemoRows.ContractRow;
import org.craftsman.portal.demo.DemoRows.HotspotPlaceRow;
import org.craftsman.portal.demo.DemoRows.HotspotRow;
import org.craftsman.portal.demo.DemoRows.OrganizationRow;
import org.craftsman.portal.demo.DemoRows.ResultRow;
import org.craftsman.portal.demo.DemoRows.SceneLinkRow;
import org.craftsman.portal.demo.DemoRows.SceneRow;

/**
 * The first conference as the portal's demo data: rows for every table, generated from a
 * fixed seed so that every start produces the same data, and tuned so that the totals are
 * exactly those the conference reported.
 */
final class DemoDataSet {

	static final int OFFLINE_AREAS = 77;

	private static final int HALL_WIDTH = 72;

	private static final int HALL_HEIGHT = 48;

	private static final int HALL_GAP = 10;

	private static final int AREA_WIDTH = 20;

	private static final int AREA_HEIGHT = 11;

	private static final int AREA_MARGIN = 3;

	static final BigDecimal FLOOR_AREA = new BigDecimal("10260.00");

	static final int HOTSPOTS = 440;

	static final int RESULTS = 680;

	static final int SIGNED_RESULTS = 495;

	static final BigDecimal CONTRACT_AMOUNT = new BigDecimal("100000000.00");

	static final long HALL_VISITS = 4_110_000L;

	static final long LIKES = 30_810_000L;

	/** The share of {@link #HALL_VISITS} that went to results; the rest to hotspots. */
	static final long RESULT_VISITS = 3_450_000L;

	static final long MIN_RESULT_VISITS = 400;

	static final long MIN_HOTSPOT_VISITS = 150;

	/** Likes per visit of one result lie between these (before the exact fit). */
	static final double LEAST_LIKES_PER_VISIT = 5.0;

	static final double MOST_LIKES_PER_VISIT = 11.0;

	static final long LIVE_VIEWS = 5_300_000L;

	static final int CLOSING_DAY_CONTRACTS = 320;

	static final LocalDate OPENING_DAY = LocalDate.of(2022, 4, 27);

	static final LocalDate CLOSING_DAY = LocalDate.of(2022, 4, 29);

	/** Results were entered over these days before the conference opened. */
	static final LocalDateTime RESULTS_ENTERED_FROM = LocalDateTime.of(2022, 3, 1, 9, 0);

	static final int RESULT_ENTRY_DAYS = 57;

	private static final int MINUTES_PER_DAY = 24 * 60;

	/** Every so many results, one is featured on the home page. */
	static final int FEATURED_EVERY = 28;

	/**
	 * Enterprises drawn for each kind of enterprise, before the ones added where none is.
	 */
	static final int ENTERPRISES_PER_KIND = 8;

	/** Contracts beyond the first one of each signed result. */
	static final int REPEAT_CONTRACTS = 37;

	static final int TECH_ACHIEVEMENTS = 12;

	/** Organizations honoured with each of the two organization awards. */
	static final int HONOURED_ORGANIZATIONS = 10;

	static final int EXCELLENT_RESULTS = 20;

	/** Online areas are listed after the offline ones. */
	private static final int ONLINE_DISPLAY_ORDER = 100;

	/** Displays in one scene of a zone: eight booths of four. */
	private static final int SCENE_DISPLAYS = 32;

	/** Where a zone scene's booths stand, the nearest to the way ahead first. */
	private static final double[] BOOTH_YAWS = { 35, -35, 72, -72, 108, -108, 145, -145 };

	private static final double DOOR_PITCH = -4;

	private static final ZoneId CONFERENCE_ZONE = ZoneId.of("Asia/Shanghai");

	private static final String[][] PROGRAMME = { { "开幕式暨大国工匠论坛", "Opening ceremony and Great Craftsmen Forum" },
			{ "工匠云直播：走进线下交流区", "Artisan Cloud Live: inside the exchange areas" },
			{ "大国工匠对话：智能制造新技能", "Craftsmen in conversation: new skills for smart manufacturing" },
			{ "劳模创新工作室开放日", "Open day at the model workers' innovation studios" },
			{ "工匠云直播：技能绝活展示", "Artisan Cloud Live: master skills on show" },
			{ "成果转化对接会", "Matchmaking for putting innovations to use" },
			{ "工匠学院公开课", "Craftsman Academy open lecture" },
			{ "工匠云直播：青年职工创新说", "Artisan Cloud Live: young workers on innovation" },
			{ "非遗技艺传承人访谈", "Talking with heritage craft masters" },
			{ "工匠云直播：成果转化签约现场", "Artisan Cloud Live: contract signing floor" },
			{ "优秀成果发布会", "Presentation of the excellent results" },
			{ "闭幕式暨成果发布", "Closing ceremony and release of results" } };

	/** Each programme entry's tags, in Chinese and in English. */
	private static final String[][] PROGRAMME_TAGS = { { "开幕式, 论坛", "Opening, Forum" },
			{ "交流区, 现场", "Exchange areas, On site" }, { "智能制造, 对话", "Smart manufacturing, Conversation" },
			{ "劳模工作室", "Innovation studios" }, { "技能展示", "Skills" }, { "成果转化", "Technology transfer" },
			{ "公开课", "Lecture" }, { "青年职工, 创新", "Young workers, Innovation" },
			{ "非遗, 访谈", "Heritage crafts, Interview" }, { "签约, 成果转化", "Contract signing, Technology transfer" },
			{ "优秀成果", "Excellent results" }, { "闭幕式", "Closing" } };

	/**
	 * The programme's speakers (made up for the demo): name, title and organization in
	 * Chinese and English, and a line about them in each language.
	 */
	private static final String[][] SPEAKERS = {
			{ "李建国", "Li Jianguo", "大国工匠、焊接高级技师", "Great Craftsman, senior welding technician", "华南重工集团",
					"South China Heavy Industry Group", "三十年扎根焊接一线，带出一支能焊大型压力容器的青年班组。",
					"Thirty years on the welding floor; he trained a young crew that welds large pressure vessels." },
			{ "王秀英", "Wang Xiuying", "全国劳动模范、数控加工首席技师", "National model worker, chief CNC machining technician",
					"粤海精密制造有限公司", "Yuehai Precision Manufacturing Co., Ltd.", "把微米级加工经验写成操作手册，供全厂新人学习。",
					"She turned her micron-level machining know-how into a handbook for every newcomer in her plant." },
			{ "陈志强", "Chen Zhiqiang", "劳模创新工作室带头人", "Head of a model worker innovation studio", "鹏城轨道交通公司",
					"Pengcheng Rail Transit Company", "带领工作室改进列车检修工装，缩短了检修时间。",
					"His studio improved the tooling of train maintenance and cut the time it takes." },
			{ "刘芳", "Liu Fang", "非遗技艺传承人（广绣）", "Heritage craft master (Guangdong embroidery)", "岭南工艺美术研究所",
					"Lingnan Institute of Arts and Crafts", "坚持传统针法，也把广绣带进了文创设计。",
					"She keeps the traditional stitches alive and brings Guangdong embroidery into new designs." },
			{ "张伟", "Zhang Wei", "工匠学院特聘讲师", "Visiting lecturer, Craftsman Academy", "南方职业技术学院",
					"Southern Vocational and Technical College", "长期讲授工业机器人运维课程。",
					"He has long taught the upkeep of industrial robots." },
			{ "赵敏", "Zhao Min", "成果转化对接专家", "Technology transfer adviser", "大会成果转化服务中心",
					"Conference technology transfer service centre", "为职工创新成果与企业牵线搭桥。",
					"She brings workers' innovations together with the companies that can use them." },
			{ "黄海涛", "Huang Haitao", "青年岗位能手、电气自动化技师", "Young job star, electrical automation technician", "东江电力检修公司",
					"Dongjiang Power Maintenance Company", "用自制检测装置提高了变电站巡检效率。",
					"His home-made test rig made substation inspections quicker." },
			{ "周丽华", "Zhou Lihua", "大会组委会新闻发言人", "Spokesperson of the organizing committee", "大会组委会",
					"Conference organizing committee", "负责大会每日发布与媒体联络。",
					"She gives the conference's daily briefings and looks after the press." },
			{ "吴国栋", "Wu Guodong", "全国五一劳动奖章获得者、装配钳工", "May Day Labour Medal recipient, assembly fitter", "珠江航空装备公司",
					"Pearl River Aviation Equipment Company", "手工装配精度达到图纸要求的上限。",
					"He fits parts by hand to the tightest tolerance the drawings allow." },
			{ "孙晓燕", "Sun Xiaoyan", "智能制造首席工程师", "Chief engineer, smart manufacturing", "南粤智能装备研究院",
					"Nanyue Institute of Intelligent Equipment", "主持多条智能产线的设计与改造。",
					"She has led the design and upgrade of several smart production lines." } };

	/** The speakers of each programme entry, by their position in SPEAKERS (from 1). */
	private static final int[][] PROGRAMME_SPEAKERS = { { 8, 1, 2 }, { 7 }, { 10, 1 }, { 3, 9 }, { 2, 9 }, { 6 }, { 5 },
			{ 7, 5 }, { 4 }, { 6, 8 }, { 10, 3 }, { 8, 1 } };

	/**
	 * The stream every demo broadcast plays, live and as its replay (HLS, three
	 * renditions).
	 */
	static final String DEMO_STREAM = "/hls/demo/master.m3u8";

	private final Random random = new Random(20220429L);

	final List<ConferenceRow> conference = new ArrayList<>();

	final List<OrganizationRow> organizations = new ArrayList<>();

	final List<HallRow> halls = new ArrayList<>();

	final List<AreaRow> areas = new ArrayList<>();

	final List<ResultRow> results = new ArrayList<>();

	final List<HotspotRow> hotspots = new ArrayList<>();

	final List<SceneRow> scenes = new ArrayList<>();

	final List<SceneLinkRow> sceneLinks = new ArrayList<>();

	final List<HotspotPlaceRow> hotspotPlaces = new ArrayList<>();

	final List<ContractRow> contracts = new ArrayList<>();

	final List<AwardRow> awards = new ArrayList<>();

	final List<AnnouncementRow> announcements = new ArrayList<>();

	final List<BroadcastRow> broadcasts = new ArrayList<>();

	final List<ArticleRow> articles = new ArrayList<>();

	final List<SpeakerRow> speakers = new ArrayList<>();

	final List<BroadcastSpeakerRow> broadcastSpeakers = new ArrayList<>();

	private final List<Long> provinceUnionIds = new ArrayList<>();

	private final List<List<Long>> enterprisesByCategory = new ArrayList<>();

	private final List<String> organizationRegions = new ArrayList<>();

	private final List<Long> provinceAreaIds = new ArrayList<>();

	private final List<Long> themeAreaIds = new ArrayList<>();

	private final List<Long> onlineAreaIds = new ArrayList<>();

	private final List<String[]> resultTitles = new ArrayList<>();

	final List<ResultFacts> resultFacts = new ArrayList<>();

	private final java.util.Map<String, Integer> studioTitlesUsed = new java.util.HashMap<>();

	private long engineeringBranchId;

	/**
	 * Every table's rows, in an order that inserts each row after the rows it refers to.
	 */
	List<List<? extends DemoRow>> tables() {
		return List.of(this.conference, this.organizations, this.halls, this.areas, this.results, this.hotspots,
				this.scenes, this.sceneLinks, this.hotspotPlaces, this.contracts, this.awards, this.announcements,
				this.broadcasts, this.speakers, this.broadcastSpeakers, this.articles);
	}

	static DemoDataSet generate() {
		DemoDataSet data = new DemoDataSet();
		data.addConference();
		data.addOrganizations();
		data.addAreas();
		data.addResults();
		data.addHotspots();
		data.addScenes();
		data.addContracts();
		data.addAwards();
		data.addBroadcasts();
		data.articles.addAll(DemoNews.articles());
		return data;
	}

	private void addConference() {
		this.conference
			.add(new ConferenceRow(1L, "首届大国工匠创新交流大会", "The First Great Craftsmen Innovation Exchange Conference", "深圳",
					"Shenzhen", "深圳会展中心", "Shenzhen Convention and Exhibition Center", OPENING_DAY, CLOSING_DAY));
	}

	private void addOrganizations() {
		for (Province province : DemoCatalog.PROVINCES) {
			this.provinceUnionIds.add(
					addOrganization(province.unionName(), province.unionNameEn(), "TRADE_UNION", province.shortName()));
		}
		for (Term union : DemoCatalog.INDUSTRY_UNIONS) {
			addOrganization(union.zh(), union.en(), "TRADE_UNION", Vocabulary.NATIONWIDE);
		}
		this.engineeringBranchId = addOrganization("国网江苏省电力有限公司超高压分公司",
				"State Grid Jiangsu Electric Power Co., Ltd. Extra-High Voltage Branch", "ENTERPRISE", "江苏");
		Set<String> names = new LinkedHashSet<>();
		for (int category = 0; category < DemoCatalog.ENTERPRISE_KINDS.size(); category++) {
			List<Long> ids = new ArrayList<>();
			Term kind = DemoCatalog.ENTERPRISE_KINDS.get(category);
			while (ids.size() < ENTERPRISES_PER_KIND) {
				City city = pick(DemoCatalog.CITIES);
				Term brand = pick(DemoCatalog.BRANDS);
				String name = city.zh() + brand.zh() + kind.zh();
				if (names.add(name)) {
					ids.add(addOrganization(name, city.en() + " " + brand.en() + " " + kind.en(), "ENTERPRISE",
							city.region()));
				}
			}
			this.enterprisesByCategory.add(ids);
		}
		this.enterprisesByCategory.get(1).add(this.engineeringBranchId);
		addEnterprisesWhereNoneIs(names);
	}

	/** One enterprise in each province the random draw left without any. */
	private void addEnterprisesWhereNoneIs(Set<String> names) {
		List<City> cities = new ArrayList<>(DemoCatalog.CITIES);
		cities.addAll(DemoCatalog.FRONTIER_CITIES);
		for (Province province : DemoCatalog.PROVINCES) {
			if (enterprisesIn(province.shortName()).isEmpty()) {
				City city = cities.stream().filter((c) -> c.region().equals(province.shortName())).findFirst().get();
				int category = this.provinceUnionIds.indexOf(unionOf(province)) % DemoCatalog.FIELDS.size();
				Term kind = DemoCatalog.ENTERPRISE_KINDS.get(category);
				int brand = category;
				while (!names.add(city.zh() + DemoCatalog.BRANDS.get(brand).zh() + kind.zh())) {
					brand = (brand + 1) % DemoCatalog.BRANDS.size();
				}
				Term chosen = DemoCatalog.BRANDS.get(brand);
				this.enterprisesByCategory.get(category)
					.add(addOrganization(city.zh() + chosen.zh() + kind.zh(),
							city.en() + " " + chosen.en() + " " + kind.en(), "ENTERPRISE", city.region()));
			}
		}
	}

	private long unionOf(Province province) {
		return this.provinceUnionIds.get(DemoCatalog.PROVINCES.indexOf(province));
	}

	/** The enterprises of a region, as ids with their category. */
	private List<long[]> enterprisesIn(String region) {
		List<long[]> found = new ArrayList<>();
		for (int category = 0; category < this.enterprisesByCategory.size(); category++) {
			for (long id : this.enterprisesByCategory.get(category)) {
				if (this.organizationRegions.get((int) id - 1).equals(region)) {
					found.add(new long[] { id, category });
				}
			}
		}
		return found;
	}

	private long addOrganization(String name, String nameEn, String kind, String region) {
		long id = this.organizations.size() + 1;
		this.organizations.add(new OrganizationRow(id, name, nameEn, kind, region));
		this.organizationRegions.add(region);
		return id;
	}

	private void addAreas() {
		List<BigDecimal> floorAreas = floorAreas();
		int hall = 0;
		for (Province province : DemoCatalog.PROVINCES) {
			this.provinceAreaIds.add(addOfflineArea(province.shortName() + "职工创新交流区",
					province.english() + " Workers' Innovation Exchange Area", hall++, floorAreas, "职工创新成果与劳模工匠风采",
					"Workers' innovations and model craftsmen"));
		}
		for (Term union : DemoCatalog.INDUSTRY_UNIONS) {
			addOfflineArea(union.zh() + "成果展区", union.en() + " Exhibition Area", hall++, floorAreas, "产业工人创新成果",
					"Innovations of industrial workers");
		}
		for (Term theme : DemoCatalog.THEMES) {
			this.themeAreaIds.add(addOfflineArea(theme.zh() + "专区", theme.en() + " Zone", hall++, floorAreas,
					theme.zh(), theme.en()));
		}
		int order = 0;
		for (Term zone : DemoCatalog.ONLINE_ZONES) {
			long id = this.areas.size() + 1;
			order++;
			this.areas.add(new AreaRow(id, String.format("ON%02d", order), zone.zh(), zone.en(), "ONLINE", "线上展厅",
					"Online exhibition hall", BigDecimal.ZERO.setScale(2), zone.zh(), zone.en(),
					"以图文、音频和视频展示" + zone.zh() + "的内容，可随时在线参观。",
					"Pictures, audio and video from the " + zone.en() + ", open online at any time.",
					ONLINE_DISPLAY_ORDER + order, null, null, null, null, null));
			this.onlineAreaIds.add(id);
		}
	}

	private long addOfflineArea(String name, String nameEn, int index, List<BigDecimal> floorAreas, String theme,
			String themeEn) {
		long id = this.areas.size() + 1;
		int hallNo = 1 + index * 9 / OFFLINE_AREAS;
		String description = name + "位于深圳会展中心" + hallNo + "号馆，集中展示" + theme + "，设有实物展台、互动体验和现场交流区。";
		String descriptionEn = "The " + nameEn + ", in Hall " + hallNo
				+ " of the Shenzhen Convention and Exhibition Center, presents " + themeEn.toLowerCase(Locale.ENGLISH)
				+ " with exhibits, hands-on demonstrations and room to meet the people behind them.";
		long hallId = hall(hallNo);
		int place = (int) this.areas.stream().filter((area) -> Long.valueOf(hallId).equals(area.planHallId())).count();
		this.areas.add(new AreaRow(id, String.format("A%02d", index + 1), name, nameEn, "OFFLINE", hallNo + "号馆",
				"Hall " + hallNo, floorAreas.get(index), theme, themeEn, description, descriptionEn, index + 1, hallId,
				AREA_MARGIN + (place % 3) * (AREA_WIDTH + AREA_MARGIN),
				AREA_MARGIN + (place / 3) * (AREA_HEIGHT + AREA_MARGIN), AREA_WIDTH, AREA_HEIGHT));
		return id;
	}

	/**
	 * The id of a hall of the floor plan, added the first time an area is in it: nine
	 * halls of 72 × 48 m in three rows, with 10 m between them.
	 */
	private long hall(int hallNo) {
		String code = "H" + hallNo;
		for (HallRow hall : this.halls) {
			if (hall.code().equals(code)) {
				return hall.id();
			}
		}
		int index = hallNo - 1;
		this.halls.add(new HallRow(hallNo, code, hallNo + "号馆", "Hall " + hallNo,
				HALL_GAP + (index % 3) * (HALL_WIDTH + HALL_GAP), HALL_GAP + (index / 3) * (HALL_HEIGHT + HALL_GAP),
				HALL_WIDTH, HALL_HEIGHT, hallNo));
		return hallNo;
	}

	/** 77 floor areas in half square metres, adding up exactly to {@link #FLOOR_AREA}. */
	private List<BigDecimal> floorAreas() {
		List<BigDecimal> sizes = new ArrayList<>();
		for (long halves : distribute(FLOOR_AREA.longValue() * 2, OFFLINE_AREAS, 0.4)) {
			sizes.add(BigDecimal.valueOf(halves * 5, 1).setScale(2));
		}
		return sizes;
	}

	private void addResults() {
		List<String> categories = new ArrayList<>(Vocabulary.CATEGORIES.keySet());
		List<java.util.Deque<int[]>> titles = shuffledTitles();
		List<Long> visits = spread(RESULT_VISITS, RESULTS, MIN_RESULT_VISITS);
		List<Long> likes = likes(visits);
		List<Integer> categoryDeck = new ArrayList<>();
		for (int i = 0; i < RESULTS; i++) {
			long[] placement = placement(i, categoryDeck);
			int category = (int) placement[2];
			while (titles.get(category).isEmpty()) {
				category = (category + 1) % titles.size();
			}
			int[] title = titles.get(category).pop();
			long organizationId = (category == placement[2]) ? placement[0]
					: pick(this.enterprisesByCategory.get(category));
			String region = this.organizationRegions.get((int) organizationId - 1);
			String[] innovators = innovators(1 + this.random.nextInt(4));
			ResultFacts facts = facts(DemoCatalog.FIELDS.get(category), title, innovators);
			this.resultFacts.add(facts);
			this.resultTitles.add(new String[] { facts.titleZh(), facts.titleEn(), innovators[0], innovators[1] });
			DemoTexts.Bilingual summary = pick(DemoTexts.SUMMARIES).apply(facts);
			LocalDateTime created = RESULTS_ENTERED_FROM
				.plusMinutes(this.random.nextInt(RESULT_ENTRY_DAYS * MINUTES_PER_DAY));
			this.results
				.add(new ResultRow((long) i + 1, String.format("CIE-%04d", i + 1), facts.titleZh(), facts.titleEn(),
						summary.zh(), summary.en(), categories.get(category), region, innovators[0], innovators[1],
						organizationId, (category == placement[2]) ? placement[1] : themeOrUnionArea(category), true,
						i % FEATURED_EVERY == 0, likes.get(i), visits.get(i), timestamp(created)));
		}
	}

	/** Every subject and technique pairing of each category, in a seeded order. */
	private List<java.util.Deque<int[]>> shuffledTitles() {
		List<java.util.Deque<int[]>> titles = new ArrayList<>();
		for (DemoCatalog.Field field : DemoCatalog.FIELDS) {
			List<int[]> pairs = new ArrayList<>();
			for (int subject = 0; subject < field.subjects().size(); subject++) {
				for (int technique = 0; technique < field.techniques().size(); technique++) {
					pairs.add(new int[] { subject, technique });
				}
			}
			Collections.shuffle(pairs, this.random);
			titles.add(new java.util.ArrayDeque<>(pairs));
		}
		return titles;
	}

	/**
	 * Where the result of a position comes from: organization, area and category. The
	 * first results go one to each offline area, so that every area exhibits some.
	 */
	private long[] placement(int index, List<Integer> categoryDeck) {
		if (index < OFFLINE_AREAS) {
			long areaId = index + 1;
			if (index < DemoCatalog.PROVINCES.size()) {
				long[] enterprise = pick(enterprisesIn(DemoCatalog.PROVINCES.get(index).shortName()));
				return new long[] { enterprise[0], areaId, enterprise[1] };
			}
			int union = index - DemoCatalog.PROVINCES.size();
			int category = (union < DemoCatalog.INDUSTRY_UNIONS.size()) ? DemoCatalog.UNION_CATEGORIES[union]
					: nextCategory(categoryDeck);
			return new long[] { pick(this.enterprisesByCategory.get(category)), areaId, category };
		}
		int category = nextCategory(categoryDeck);
		long organizationId = pick(this.enterprisesByCategory.get(category));
		String region = this.organizationRegions.get((int) organizationId - 1);
		int province = DemoCatalog.PROVINCES.stream().map(Province::shortName).toList().indexOf(region);
		long areaId = (province >= 0 && this.random.nextInt(2) == 0) ? this.provinceAreaIds.get(province)
				: themeOrUnionArea(category);
		return new long[] { organizationId, areaId, category };
	}

	/** Categories dealt from a shuffled deck, so that each gets about as many results. */
	private int nextCategory(List<Integer> deck) {
		if (deck.isEmpty()) {
			for (int copy = 0; copy < 4; copy++) {
				for (int category = 0; category < DemoCatalog.FIELDS.size(); category++) {
					deck.add(category);
				}
			}
			Collections.shuffle(deck, this.random);
		}
		return deck.remove(deck.size() - 1);
	}

	private long themeOrUnionArea(int category) {
		List<Long> unionAreas = new ArrayList<>();
		for (int union = 0; union < DemoCatalog.UNION_CATEGORIES.length; union++) {
			if (DemoCatalog.UNION_CATEGORIES[union] == category) {
				unionAreas.add(DemoCatalog.PROVINCES.size() + union + 1L);
			}
		}
		return (!unionAreas.isEmpty() && this.random.nextInt(3) == 0) ? pick(unionAreas) : pick(this.themeAreaIds);
	}

	private ResultFacts facts(DemoCatalog.Field field, int[] title, String[] innovators) {
		DemoCatalog.Effect effect = pick(DemoCatalog.EFFECTS);
		return new ResultFacts(field.subjects().get(title[0]), field.techniques().get(title[1]),
				pick(DemoCatalog.PROBLEMS), effect,
				effect.lowest() + this.random.nextInt(effect.highest() - effect.lowest() + 1),
				20 + this.random.nextInt(480), 1 + this.random.nextInt(6), 1 + this.random.nextInt(5),
				1 + this.random.nextInt(30), innovators[0].split("、")[0], innovators[1].split(", ")[0]);
	}

	private String[] innovators(int count) {
		List<String> zh = new ArrayList<>();
		List<String> en = new ArrayList<>();
		while (zh.size() < count) {
			Term surname = pick(DemoCatalog.SURNAMES);
			Term first = pick(DemoCatalog.GIVEN);
			boolean twoCharacters = this.random.nextBoolean();
			Term second = pick(DemoCatalog.GIVEN);
			String name = surname.zh() + first.zh() + (twoCharacters ? second.zh() : "");
			if (!zh.contains(name)) {
				zh.add(name);
				en.add(surname.en() + " " + capitalize(first.en() + (twoCharacters ? second.en() : "")));
			}
		}
		return new String[] { String.join("、", zh), String.join(", ", en) };
	}

	private void addHotspots() {
		List<Long> visits = spread(HALL_VISITS - RESULT_VISITS, HOTSPOTS, MIN_HOTSPOT_VISITS);
		String[] kinds = new String[HOTSPOTS];
		for (int i = 0; i < HOTSPOTS; i++) {
			kinds[i] = (i % 11 < 5) ? "GRAPHIC" : ((i % 11 < 7) ? "AUDIO" : "VIDEO");
		}
		for (int i = 0; i < HOTSPOTS; i++) {
			long id = i + 1;
			long area = this.onlineAreaIds.get(i % this.onlineAreaIds.size());
			String kind = kinds[i];
			String poster = DemoMedia.posterRef(id);
			String media = DemoMedia.mediaRef(id, kind);
			boolean linked = i % 8 != 7;
			Long resultId = linked ? (long) (1 + (i * 37) % RESULTS) : null;
			String[] text = hotspotText(kind, linked ? this.resultTitles.get(resultId.intValue() - 1) : null, area);
			this.hotspots.add(new HotspotRow(id, area, resultId, text[0], text[1], kind, media, poster, text[2],
					text[3], i / this.onlineAreaIds.size() + 1, visits.get(i)));
		}
	}

	/**
	 * The real-scene hall: a lobby with a door to each zone, and two scenes per zone,
	 * each with up to eight booths of four displays; every hotspot of a zone stands on a
	 * display, in the zone's order. Doors lead both ways.
	 */
	private void addScenes() {
		this.scenes.add(new SceneRow(1, "HALL", null, "序厅", "Lobby", panorama("hall"), preview("hall"), 0, 0, 0));
		int zones = this.onlineAreaIds.size();
		for (int z = 0; z < zones; z++) {
			Term zone = DemoCatalog.ONLINE_ZONES.get(z);
			long first = 2 + 2L * z;
			long second = first + 1;
			String code = String.format("ON%02d", z + 1);
			this.scenes.add(new SceneRow(first, code + "-1", this.onlineAreaIds.get(z), zone.zh() + " · 一",
					zone.en() + " I", panorama(code + "-1"), preview(code + "-1"), 0, 0, 10 * (z + 1)));
			this.scenes.add(new SceneRow(second, code + "-2", this.onlineAreaIds.get(z), zone.zh() + " · 二",
					zone.en() + " II", panorama(code + "-2"), preview(code + "-2"), 0, 0, 10 * (z + 1) + 1));
			addSceneLink(1, first, -157.5 + 360.0 / zones * z, DOOR_PITCH);
			addSceneLink(first, 1, 180, DOOR_PITCH);
			addSceneLink(first, second, 0, DOOR_PITCH);
			addSceneLink(second, first, 180, DOOR_PITCH);
			addSceneLink(second, 1, 0, DOOR_PITCH);
		}
		for (HotspotRow hotspot : this.hotspots) {
			int z = this.onlineAreaIds.indexOf(hotspot.areaId());
			int inZone = (int) ((hotspot.id() - 1) / zones);
			int slot = inZone % SCENE_DISPLAYS;
			long scene = 2 + 2L * z + inZone / SCENE_DISPLAYS;
			double yaw = BOOTH_YAWS[slot / 4] + ((slot % 2 == 0) ? -6 : 6);
			double pitch = (slot % 4 < 2) ? 9 : -1;
			this.hotspotPlaces.add(new HotspotPlaceRow(this.hotspotPlaces.size() + 1, hotspot.id(), scene, yaw, pitch));
		}
	}

	private void addSceneLink(long from, long to, double yaw, double pitch) {
		this.sceneLinks.add(new SceneLinkRow(this.sceneLinks.size() + 1, from, to, yaw, pitch));
	}

	private static String panorama(String code) {
		return "/media/generated/hall-" + code.toLowerCase(Locale.ROOT) + ".jpg";
	}

	private static String preview(String code) {
		return "/media/generated/hall-" + code.toLowerCase(Locale.ROOT) + "-preview.jpg";
	}

	private String[] hotspotText(String kind, String[] result, long areaId) {
		Term zone = DemoCatalog.ONLINE_ZONES.get(this.onlineAreaIds.indexOf(areaId));
		if (result == null) {
			return studioText(kind, zone);
		}
		return switch (kind) {
			case "AUDIO" -> new String[] { "工匠讲述：" + result[0], "Craftsman's story: " + result[1],
					result[2].split("、")[0] + "讲述这项成果背后的攻关故事。",
					result[3].split(", ")[0] + " tells the story behind this innovation." };
			case "VIDEO" -> new String[] { "演示视频：" + result[0], "Demonstration: " + result[1], "现场演示成果的工作原理与使用效果。",
					"A demonstration of how the innovation works and what it achieves." };
			default -> new String[] { "图解：" + result[0], "Illustrated: " + result[1], "图文展示成果的结构、原理和应用场景。",
					"Pictures and text on the design, principle and uses of the innovation." };
		};
	}

	/**
	 * A hotspot of the live studio that belongs to no single result: a poster, a sound
	 * clip or a replay of one of the broadcasts, each title used once.
	 */
	private String[] studioText(String kind, Term zone) {
		String[][] formats = switch (kind) {
			case "AUDIO" -> new String[][] { { "直播音频：", "Broadcast audio: " }, { "嘉宾访谈音频：", "Guest interview: " } };
			case "VIDEO" -> new String[][] { { "直播回放：", "Replay: " }, { "精彩片段：", "Highlights: " } };
			default -> new String[][] { { "直播海报：", "Poster: " }, { "图文直播：", "Live in pictures: " },
					{ "嘉宾介绍：", "The guests of " } };
		};
		int used = this.studioTitlesUsed.merge(kind, 1, Integer::sum) - 1;
		String[] programme = PROGRAMME[used % PROGRAMME.length];
		String[] format = formats[(used / PROGRAMME.length) % formats.length];
		return new String[] { format[0] + programme[0], format[1] + programme[1],
				zone.zh() + "为“" + programme[0] + "”准备的内容，可随时回看。",
				"From " + zone.en() + ", for \u201c" + programme[1] + "\u201d, to enjoy at any time." };
	}

	private void addContracts() {
		List<Long> signed = new ArrayList<>();
		for (long id = 1; id <= RESULTS; id++) {
			signed.add(id);
		}
		Collections.shuffle(signed, this.random);
		// The first result stands for a signed one in the pages' examples.
		Collections.swap(signed, 0, signed.indexOf(1L));
		signed = new ArrayList<>(signed.subList(0, SIGNED_RESULTS));
		Collections.sort(signed);
		List<Long> contractResults = new ArrayList<>(signed);
		for (int i = 0; i < REPEAT_CONTRACTS; i++) {
			contractResults.add(signed.get((i * 13) % signed.size()));
		}
		List<BigDecimal> amounts = amounts(contractResults.size());
		String[] kinds = { "TRANSFER", "TRANSFER", "TRANSFER", "LICENCE", "LICENCE", "JOINT_DEVELOPMENT",
				"JOINT_DEVELOPMENT", "TECH_SERVICE", "EQUITY" };
		List<Integer> days = signingDays(contractResults.size());
		for (int i = 0; i < contractResults.size(); i++) {
			long resultId = contractResults.get(i);
			long owner = this.results.get((int) resultId - 1).organizationId();
			long transferee;
			do {
				transferee = pick(pick(this.enterprisesByCategory));
			}
			while (transferee == owner);
			LocalDate signedOn = OPENING_DAY.plusDays(days.get(i));
			this.contracts.add(new ContractRow((long) i + 1, String.format("CIE2022-%04d", i + 1), resultId, transferee,
					amounts.get(i), signedOn, kinds[this.random.nextInt(kinds.length)]));
		}
	}

	/**
	 * The day of each contract, counted from the opening day: most were signed at the
	 * closing ceremony ({@link #CLOSING_DAY_CONTRACTS}), the rest on the first two days.
	 */
	private List<Integer> signingDays(int count) {
		List<Integer> days = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			days.add((i < CLOSING_DAY_CONTRACTS) ? 2 : i % 2);
		}
		Collections.shuffle(days, this.random);
		return days;
	}

	/**
	 * Amounts in whole thousands of yuan, adding up exactly to {@link #CONTRACT_AMOUNT}.
	 */
	private List<BigDecimal> amounts(int count) {
		List<Long> thousands = distribute(CONTRACT_AMOUNT.longValue() / 1000, count, 1.5);
		List<BigDecimal> amounts = new ArrayList<>();
		for (long value : thousands) {
			amounts.add(BigDecimal.valueOf(value * 1000).setScale(2));
		}
		return amounts;
	}

	private void addAwards() {
		this.awards.add(new AwardRow(1L, "TECH_ACHIEVEMENT", "技术成果奖", "Technical Achievement Award", "PERSON", 1));
		this.awards.add(new AwardRow(2L, "BEST_ORGANIZATION", "最佳组织单位", "Best Organization Unit", "ORGANIZATION", 2));
		this.awards.add(new AwardRow(3L, "OUTSTANDING_ORGANIZATION", "优秀组织单位", "Outstanding Organization Unit",
				"ORGANIZATION", 3));
		this.awards.add(new AwardRow(4L, "EXCELLENT_RESULT", "优秀创新成果", "Excellent Innovation Result", "RESULT", 4));
		LocalDate announced = CLOSING_DAY;
		addAnnouncement(1L, 1, "陈浩", "Chen Hao", "高级技师", "Senior technician", this.engineeringBranchId, 1L,
				"长期扎根超高压输变电检修一线，带领团队攻克带电作业关键技术难题。",
				"A long-serving extra-high-voltage maintenance technician who led his team to solve key live-line working problems.",
				announced);
		for (int rank = 2; rank <= TECH_ACHIEVEMENTS; rank++) {
			long resultId = 1 + ((rank * 53L) % RESULTS);
			ResultRow result = this.results.get((int) resultId - 1);
			String person = result.innovators().split("、")[0];
			String personEn = result.innovatorsEn().split(", ")[0];
			Term title = pick(DemoCatalog.JOB_TITLES);
			DemoTexts.Bilingual citation = DemoTexts.HONOURS.get(rank % DemoTexts.HONOURS.size())
				.apply(this.resultFacts.get((int) resultId - 1));
			addAnnouncement(1L, rank, person, personEn, title.zh(), title.en(), result.organizationId(), resultId,
					citation.zh(), citation.en(), announced);
		}
		addOrganizationHonours(2L, 19,
				new String[][] { { "组织发动有力，参展成果丰富，成果转化成效突出。",
						"Mobilized widely, exhibited a wealth of results and excelled at putting them to use." },
						{ "精心遴选参展成果，签约转化数量位居前列。", "Chose its exhibits with care and signed more contracts than most." },
						{ "广泛动员职工参与创新，展区组织周密、亮点纷呈。",
								"Drew many workers into innovation and ran an area full of highlights." } });
		addOrganizationHonours(3L, 1, new String[][] {
				{ "精心组织参展交流，展示了产业工人的创新风采。",
						"Organized its exhibits with care and showed the creativity of industrial workers." },
				{ "积极推动成果对接，为参展成果转化搭建了平台。", "Worked hard at matchmaking and gave its results a way into use." },
				{ "展区内容充实，劳模工匠现场交流气氛热烈。",
						"A well-filled area where model workers and craftsmen met visitors in lively exchanges." } });
		for (int rank = 1; rank <= EXCELLENT_RESULTS; rank++) {
			long resultId = 1 + ((rank * 31L) % RESULTS);
			DemoTexts.Bilingual citation = pick(DemoTexts.CITATIONS).apply(this.resultFacts.get((int) resultId - 1));
			addAnnouncement(4L, rank, null, null, null, null, null, resultId, citation.zh(), citation.en(), announced);
		}
	}

	/**
	 * Ten provincial federations, starting with the named one, without repeating earlier
	 * honours.
	 */
	private void addOrganizationHonours(long awardId, int firstProvince, String[][] citations) {
		Set<Long> honoured = new LinkedHashSet<>();
		for (AnnouncementRow row : this.announcements) {
			if (row.organizationId() != null && row.awardId() != 1L) {
				honoured.add(row.organizationId());
			}
		}
		int province = firstProvince - 1;
		int rank = 1;
		while (rank <= HONOURED_ORGANIZATIONS) {
			long unionId = this.provinceUnionIds.get(province % this.provinceUnionIds.size());
			if (honoured.add(unionId)) {
				String[] citation = citations[rank % citations.length];
				addAnnouncement(awardId, rank++, null, null, null, null, unionId, null, citation[0], citation[1],
						CLOSING_DAY);
			}
			province += 3;
		}
	}

	private void addAnnouncement(long awardId, int rank, String name, String nameEn, String title, String titleEn,
			Long organizationId, Long resultId, String citation, String citationEn, LocalDate announced) {
		this.announcements.add(new AnnouncementRow((long) this.announcements.size() + 1, awardId, rank, name, nameEn,
				title, titleEn, organizationId, resultId, citation, citationEn, announced));
	}

	private void addBroadcasts() {
		String[][] hosts = { { "工匠云直播间", "Artisan Cloud Live studio" }, { "大会新闻中心", "Conference press centre" } };
		int[][] slots = { { 9, 30, 120 }, { 11, 30, 60 }, { 14, 30, 90 }, { 16, 30, 90 } };
		List<Long> views = distribute(LIVE_VIEWS, PROGRAMME.length, 1.0);
		long liveStudio = this.onlineAreaIds.get(this.onlineAreaIds.size() - 1);
		for (int i = 0; i < PROGRAMME.length; i++) {
			LocalDate day = OPENING_DAY.plusDays(i / slots.length);
			int[] slot = slots[i % slots.length];
			LocalDateTime start = day.atTime(slot[0], slot[1]);
			String[] host = hosts[i % 2];
			long area = (i % 3 == 1) ? pick(this.provinceAreaIds) : liveStudio;
			this.broadcasts.add(new BroadcastRow((long) i + 1, PROGRAMME[i][0], PROGRAMME[i][1],
					"大会每日开设“工匠云直播”，" + PROGRAMME[i][0] + "全程直播，结束后可观看回放。",
					"Broadcast live as part of the daily Artisan Cloud Live programme; the replay follows.", host[0],
					host[1], area, timestamp(start), timestamp(start.plusMinutes(slot[2])), DEMO_STREAM, DEMO_STREAM,
					views.get(i), PROGRAMME_TAGS[i][0], PROGRAMME_TAGS[i][1]));
		}
		addSpeakers();
	}

	private void addSpeakers() {
		for (int i = 0; i < SPEAKERS.length; i++) {
			String[] s = SPEAKERS[i];
			this.speakers.add(new SpeakerRow((long) i + 1, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]));
		}
		for (int i = 0; i < PROGRAMME_SPEAKERS.length; i++) {
			for (int position = 0; position < PROGRAMME_SPEAKERS[i].length; position++) {
				this.broadcastSpeakers
					.add(new BroadcastSpeakerRow((long) i + 1, position, PROGRAMME_SPEAKERS[i][position]));
			}
		}
	}

	/**
	 * Splits a total over {@code count} items, each at least 1, with weights drawn from a
	 * skewed distribution (larger skew, fewer big items); the parts add up exactly.
	 */
	private List<Long> distribute(long total, int count, double skew) {
		double[] weights = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = Math.pow(this.random.nextDouble() + 0.05, skew);
			sum += weights[i];
		}
		List<Long> parts = new ArrayList<>();
		long assigned = 0;
		long spare = total - count;
		for (int i = 0; i < count - 1; i++) {
			long part = 1 + (long) Math.floor(spare * weights[i] / sum);
			parts.add(part);
			assigned += part;
		}
		parts.add(total - assigned);
		return parts;
	}

	/**
	 * Splits a total over {@code count} items, each at least {@code floor}, with
	 * log-normal weights capped at twelve times the median: a long tail, never an absurd
	 * one. The parts add up exactly.
	 */
	private List<Long> spread(long total, int count, long floor) {
		double[] weights = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			weights[i] = Math.min(12.0, Math.exp(0.9 * this.random.nextGaussian()));
			sum += weights[i];
		}
		long spare = total - floor * count;
		List<Long> parts = new ArrayList<>();
		long assigned = 0;
		for (int i = 0; i < count; i++) {
			long part = floor + (long) Math.floor(spare * weights[i] / sum);
			parts.add(part);
			assigned += part;
		}
		for (int i = 0; assigned < total; i = (i + 1) % count, assigned++) {
			parts.set(i, parts.get(i) + 1);
		}
		return parts;
	}

	/**
	 * Likes that follow the visits: each result draws its own likes per visit within
	 * bounds, then all are scaled so that the likes add up exactly to {@link #LIKES}.
	 */
	private List<Long> likes(List<Long> visits) {
		double[] wanted = new double[visits.size()];
		double sum = 0;
		for (int i = 0; i < wanted.length; i++) {
			double perVisit = LEAST_LIKES_PER_VISIT
					+ (MOST_LIKES_PER_VISIT - LEAST_LIKES_PER_VISIT) * this.random.nextDouble();
			wanted[i] = visits.get(i) * perVisit;
			sum += wanted[i];
		}
		List<Long> likes = new ArrayList<>();
		long assigned = 0;
		for (double value : wanted) {
			long part = (long) Math.floor(LIKES * value / sum);
			likes.add(part);
			assigned += part;
		}
		for (int i = 0; assigned < LIKES; i = (i + 1) % likes.size(), assigned++) {
			likes.set(i, likes.get(i) + 1);
		}
		return likes;
	}

	private OffsetDateTime timestamp(LocalDateTime local) {
		return local.atZone(CONFERENCE_ZONE).toOffsetDateTime();
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private static String capitalize(String text) {
		return DemoTexts.capitalize(text);
	}

}
