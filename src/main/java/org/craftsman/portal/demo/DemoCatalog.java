package org.craftsman.portal.demo;

import java.util.List;

/**
 * The vocabulary the demo data set is composed from: Chinese with its English, so that
 * every generated title and summary reads naturally in both languages.
 */
final class DemoCatalog {

	record Term(String zh, String en) {
	}

	record Province(String shortName, String unionName, String unionNameEn, String english) {
	}

	record City(String zh, String en, String region) {
	}

	private DemoCatalog() {
	}

	static final List<Province> PROVINCES = List.of(province("北京", "北京市总工会", "Beijing"),
			province("天津", "天津市总工会", "Tianjin"), province("河北", "河北省总工会", "Hebei"), province("山西", "山西省总工会", "Shanxi"),
			province("内蒙古", "内蒙古自治区总工会", "Inner Mongolia"), province("辽宁", "辽宁省总工会", "Liaoning"),
			province("吉林", "吉林省总工会", "Jilin"), province("黑龙江", "黑龙江省总工会", "Heilongjiang"),
			province("上海", "上海市总工会", "Shanghai"), province("江苏", "江苏省总工会", "Jiangsu"),
			province("浙江", "浙江省总工会", "Zhejiang"), province("安徽", "安徽省总工会", "Anhui"), province("福建", "福建省总工会", "Fujian"),
			province("江西", "江西省总工会", "Jiangxi"), province("山东", "山东省总工会", "Shandong"),
			province("河南", "河南省总工会", "Henan"), province("湖北", "湖北省总工会", "Hubei"), province("湖南", "湖南省总工会", "Hunan"),
			province("广东", "广东省总工会", "Guangdong"), province("广西", "广西壮族自治区总工会", "Guangxi"),
			province("海南", "海南省总工会", "Hainan"), province("重庆", "重庆市总工会", "Chongqing"),
			province("四川", "四川省总工会", "Sichuan"), province("贵州", "贵州省总工会", "Guizhou"),
			province("云南", "云南省总工会", "Yunnan"), province("西藏", "西藏自治区总工会", "Tibet"),
			province("陕西", "陕西省总工会", "Shaanxi"), province("甘肃", "甘肃省总工会", "Gansu"), province("青海", "青海省总工会", "Qinghai"),
			province("宁夏", "宁夏回族自治区总工会", "Ningxia"), province("新疆", "新疆维吾尔自治区总工会", "Xinjiang"),
			new Province("兵团", "新疆生产建设兵团总工会",
					"Federation of Trade Unions of the Xinjiang Production and Construction Corps",
					"Xinjiang Production and Construction Corps"));

	static final List<Term> INDUSTRY_UNIONS = List.of(
			new Term("中国机械冶金建材工会", "China Machinery, Metallurgy and Building Materials Workers' Union"),
			new Term("中国能源化学地质工会", "China Energy, Chemical and Geological Workers' Union"),
			new Term("中国海员建设工会", "China Seamen and Construction Workers' Union"),
			new Term("中国国防邮电工会", "China Defence Industry, Postal and Telecommunications Workers' Union"),
			new Term("中国财贸轻纺烟草工会", "China Finance, Trade, Light Industry, Textile and Tobacco Workers' Union"),
			new Term("中国农林水利气象工会", "China Agriculture, Forestry, Water Conservancy and Meteorology Workers' Union"),
			new Term("中国教科文卫体工会", "China Education, Science, Culture, Health and Sports Workers' Union"),
			new Term("中华全国铁路总工会", "All-China Railway Workers' Federation"),
			new Term("中国民航工会全国委员会", "National Committee of the China Civil Aviation Workers' Union"),
			new Term("中国金融工会", "China Financial Workers' Union"));

	/** Themes of the offline areas that are not a province's or an industry union's. */
	static final List<Term> THEMES = List.of(new Term("劳模创新工作室联盟", "Model Workers' Innovation Studio Alliance"),
			new Term("大国工匠风采", "Great Craftsmen Showcase"), new Term("职工技术创新成果", "Workers' Technical Innovations"),
			new Term("工匠学院建设", "Craftsman Academies"), new Term("职业技能竞赛", "Vocational Skills Competitions"),
			new Term("产业工人队伍建设改革", "Industrial Workforce Reform"), new Term("智能制造", "Smart Manufacturing"),
			new Term("绿色低碳", "Green and Low-Carbon"), new Term("数字经济", "Digital Economy"),
			new Term("乡村振兴", "Rural Revitalization"), new Term("粤港澳大湾区", "Guangdong-Hong Kong-Macao Greater Bay Area"),
			new Term("长三角一体化", "Yangtze River Delta Integration"),
			new Term("京津冀协同发展", "Beijing-Tianjin-Hebei Cooperation"),
			new Term("成渝地区双城经济圈", "Chengdu-Chongqing Economic Circle"), new Term("黄河流域生态保护", "Yellow River Basin"),
			new Term("长江经济带", "Yangtze River Economic Belt"), new Term("海洋经济", "Marine Economy"),
			new Term("新能源汽车", "New Energy Vehicles"), new Term("集成电路", "Integrated Circuits"),
			new Term("生物医药", "Biomedicine"), new Term("新材料", "New Materials"), new Term("高端装备", "High-End Equipment"),
			new Term("航空航天", "Aerospace"), new Term("轨道交通", "Rail Transit"), new Term("电力能源", "Power and Energy"),
			new Term("石油化工", "Petrochemicals"), new Term("建筑工程", "Construction"),
			new Term("信息通信", "Information and Communications"), new Term("现代农业", "Modern Agriculture"),
			new Term("轻工纺织", "Light Industry and Textiles"), new Term("安全生产", "Workplace Safety"),
			new Term("班组建设", "Team Building on the Shop Floor"), new Term("师带徒技艺传承", "Master and Apprentice"),
			new Term("非遗技艺", "Intangible Cultural Heritage Crafts"), new Term("青年职工创新", "Young Workers' Innovation"));

	static final List<Term> ONLINE_ZONES = List.of(new Term("大国工匠风采馆", "Great Craftsmen Gallery"),
			new Term("创新成果展示馆", "Innovation Results Pavilion"), new Term("劳模创新工作室云展厅", "Model Workers' Studios Online"),
			new Term("技能竞赛云展厅", "Skills Competitions Online"), new Term("工匠学院云课堂", "Craftsman Academy Classroom"),
			new Term("产业工人风采馆", "Industrial Workers Gallery"), new Term("非遗技艺传承馆", "Heritage Crafts Pavilion"),
			new Term("工匠云直播间", "Artisan Cloud Live Studio"));

	/**
	 * What a category's results are about and what they bring to it, in the order of the
	 * category vocabulary. Every technique suits every subject of its own category, and a
	 * title only ever pairs terms of one category.
	 */
	record Field(List<Term> subjects, List<Term> techniques) {
	}

	static final List<Field> FIELDS = List.of(
			field(terms("数控机床主轴", "CNC machine-tool spindles", "大型齿轮箱", "large gearboxes", "液压支架",
					"hydraulic roof supports", "精密轴承", "precision bearings", "工业机器人", "industrial robots", "盾构机刀盘",
					"tunnel-boring-machine cutterheads", "减速机", "speed reducers", "液压缸", "hydraulic cylinders"),
					terms("在线监测装置", "online monitoring device", "故障诊断方法", "fault diagnosis method", "快速检修工法",
							"rapid repair method", "精度提升工艺", "precision improvement process", "寿命延长技术",
							"service-life extension technique", "自动化装配工装", "automated assembly fixture", "国产化替代方案",
							"domestic substitution solution", "再制造修复技术", "remanufacturing repair technique", "振动抑制方法",
							"vibration suppression method")),
			field(terms("特高压换流阀", "UHV converter valves", "输电线路", "transmission lines", "变电站开关柜",
					"substation switchgear", "风电机组", "wind turbines", "光伏电站", "photovoltaic plants", "电力变压器",
					"power transformers", "配电网", "distribution networks", "电力电缆", "power cables"),
					terms("在线监测装置", "online monitoring device", "智能巡检系统", "intelligent inspection system", "故障诊断方法",
							"fault diagnosis method", "快速抢修工法", "rapid emergency repair method", "状态评估方法",
							"condition assessment method", "运维数字化平台", "digital operation and maintenance platform",
							"安全防护装置", "safety protection device", "能效提升方案", "efficiency improvement scheme", "缺陷检测技术",
							"defect detection technique")),
			field(terms("高速列车转向架", "high-speed train bogies", "接触网", "overhead catenary", "地铁信号系统",
					"metro signalling systems", "港口岸桥", "port quay cranes", "重载铁路道岔", "heavy-haul railway turnouts",
					"动车组牵引系统", "EMU traction systems", "铁路轨道", "railway track", "机车制动系统", "locomotive braking systems"),
					terms("在线监测装置", "online monitoring device", "智能巡检系统", "intelligent inspection system", "故障诊断方法",
							"fault diagnosis method", "快速检修工法", "rapid repair method", "状态评估方法",
							"condition assessment method", "检修专用工装", "maintenance fixture", "安全防护装置",
							"safety protection device", "缺陷检测技术", "defect detection technique", "寿命延长技术",
							"service-life extension technique")),
			field(terms("炼化装置换热器", "refinery heat exchangers", "长输管道", "long-distance pipelines", "钻井设备",
					"drilling rigs", "抽油机", "pumping units", "催化裂化装置", "catalytic cracking units", "储油罐",
					"oil storage tanks", "压缩机组", "compressor trains", "工业加热炉", "process heaters"),
					terms("在线监测装置", "online monitoring device", "腐蚀防护技术", "corrosion protection technique", "泄漏检测方法",
							"leak detection method", "快速检修工法", "rapid repair method", "节能降耗改造",
							"energy-saving retrofit", "故障诊断方法", "fault diagnosis method", "安全防护装置",
							"safety protection device", "寿命延长技术", "service-life extension technique", "智能巡检系统",
							"intelligent inspection system")),
			field(terms("高炉炉衬", "blast-furnace linings", "连铸结晶器", "continuous-casting moulds", "热轧工作辊",
					"hot-rolling work rolls", "铝电解槽", "aluminium reduction cells", "炼钢转炉", "steelmaking converters",
					"烧结机", "sintering machines", "冷轧机组", "cold-rolling mills", "电弧炉", "electric arc furnaces"),
					terms("寿命延长技术", "service-life extension technique", "在线监测装置", "online monitoring device", "节能降耗改造",
							"energy-saving retrofit", "快速检修工法", "rapid repair method", "温度控制技术",
							"temperature control technique", "故障诊断方法", "fault diagnosis method", "智能控制系统",
							"intelligent control system", "安全防护装置", "safety protection device", "质量提升工艺",
							"quality improvement process")),
			field(terms("飞机蒙皮", "aircraft skins", "火箭发动机喷管", "rocket engine nozzles", "卫星天线", "satellite antennas",
					"航空发动机叶片", "aero-engine blades", "飞机起落架", "aircraft landing gear", "复合材料构件", "composite components",
					"机身壁板", "fuselage panels", "火箭燃料贮箱", "rocket propellant tanks"),
					terms("精密加工工艺", "precision machining process", "无损检测方法", "non-destructive testing method",
							"数字化测量工具", "digital measuring tool", "表面处理工艺", "surface treatment process", "自动化装配工装",
							"automated assembly fixture", "缺陷修复技术", "defect repair technique", "质量追溯系统",
							"quality traceability system", "激光加工工艺", "laser machining process", "装配精度提升方法",
							"assembly accuracy improvement method")),
			field(terms("5G基站", "5G base stations", "光纤网络", "optical-fibre networks", "数据中心机房", "data-centre rooms",
					"通信铁塔", "telecom towers", "传输设备", "transmission equipment", "通信电源", "telecom power supplies",
					"网络交换设备", "network switching equipment", "室内分布系统", "indoor distribution systems"),
					terms("智能运维平台", "intelligent operation and maintenance platform", "故障定位方法", "fault location method",
							"节能降耗改造", "energy-saving retrofit", "在线监测装置", "online monitoring device", "快速抢修工法",
							"rapid emergency repair method", "自动化测试工具", "automated testing tool", "安全防护装置",
							"safety protection device", "远程巡检系统", "remote inspection system", "性能优化方案",
							"performance optimization scheme")),
			field(terms("超高层建筑", "super-high-rise buildings", "装配式构件", "prefabricated components", "隧道衬砌",
					"tunnel linings", "钢结构桥梁", "steel bridges", "大体积混凝土", "mass concrete", "玻璃幕墙",
					"glass curtain walls", "深基坑", "deep foundation pits", "建筑模板体系", "formwork systems"),
					terms("施工工法", "construction method", "质量检测方法", "quality inspection method", "安全防护装置",
							"safety protection device", "数字化测量工具", "digital measuring tool", "智能监测系统",
							"intelligent monitoring system", "快速施工工艺", "rapid construction process", "变形控制技术",
							"deformation control technique", "BIM协同管理方法", "BIM coordination method", "精度控制方法",
							"precision control method")),
			field(terms("纺纱设备", "spinning equipment", "印染生产线", "dyeing and printing lines", "陶瓷窑炉", "ceramic kilns",
					"造纸机", "paper machines", "织布机", "weaving looms", "家电总装线", "home-appliance assembly lines", "工业缝制设备",
					"industrial sewing equipment", "注塑机", "injection moulding machines"),
					terms("节能降耗改造", "energy-saving retrofit", "自动化改造方案", "automation upgrade", "在线质量检测装置",
							"online quality inspection device", "故障诊断方法", "fault diagnosis method", "快速换型工装",
							"quick-changeover fixture", "工艺参数优化方法", "process parameter optimization method", "智能控制系统",
							"intelligent control system", "安全防护装置", "safety protection device", "产能提升方案",
							"capacity improvement scheme")),
			field(terms("制药生产线", "pharmaceutical production lines", "医学影像设备", "medical imaging equipment", "中药提取设备",
					"herbal extraction equipment", "无菌灌装线", "aseptic filling lines", "冻干设备", "freeze-drying equipment",
					"药品包装线", "drug packaging lines", "医用气体系统", "medical gas systems", "消毒灭菌设备",
					"sterilization equipment"),
					terms("质量控制方法", "quality control method", "在线检测装置", "online inspection device", "自动化改造方案",
							"automation upgrade", "故障诊断方法", "fault diagnosis method", "清洁验证方法",
							"cleaning validation method", "追溯管理系统", "traceability system", "工艺优化方案",
							"process optimization scheme", "节能降耗改造", "energy-saving retrofit", "预防性维护方法",
							"preventive maintenance method")),
			field(terms("联合收割机", "combine harvesters", "粮食烘干设备", "grain dryers", "乳品生产线", "dairy production lines",
					"茶叶加工设备", "tea processing equipment", "冷链仓储设施", "cold-chain storage facilities", "播种机",
					"seed drills", "饲料加工设备", "feed processing equipment", "果蔬分选线", "fruit and vegetable sorting lines"),
					terms("节能降耗改造", "energy-saving retrofit", "智能控制系统", "intelligent control system", "故障诊断方法",
							"fault diagnosis method", "自动化改造方案", "automation upgrade", "在线监测装置",
							"online monitoring device", "快速检修工法", "rapid repair method", "质量检测方法",
							"quality inspection method", "损耗降低技术", "loss reduction technique", "作业效率提升方案",
							"work efficiency scheme")),
			field(terms("大型邮轮", "large cruise ships", "船体分段", "hull blocks", "海上风电基础", "offshore wind foundations",
					"LNG运输船", "LNG carriers", "海上钻井平台", "offshore drilling platforms", "船舶管系", "ship piping systems",
					"集装箱船", "container ships", "海洋浮式装置", "floating offshore units"),
					terms("焊接变形控制技术", "welding distortion control technique", "精度控制工艺", "accuracy control process",
							"防腐蚀技术", "anti-corrosion technique", "在线监测装置", "online monitoring device", "高效建造工法",
							"efficient construction method", "安全防护装置", "safety protection device", "数字化测量工具",
							"digital measuring tool", "质量检测方法", "quality inspection method", "智能焊接工艺",
							"intelligent welding process")));

	static final List<Term> PROBLEMS = terms("检修周期长", "long maintenance cycles", "人工作业强度大", "heavy manual work",
			"质量不够稳定", "unstable quality", "能耗偏高", "high energy consumption", "现场安全风险高", "high on-site safety risk",
			"关键部件依赖进口", "dependence on imported key parts", "故障难以及时发现", "faults that go unnoticed too long");

	/** What a result achieved: a percentage, with the range it is drawn from. */
	record Effect(String zh, String en, int lowest, int highest) {
	}

	static final List<Effect> EFFECTS = List.of(new Effect("作业效率提高%d%%", "raised work efficiency by %d%%", 15, 60),
			new Effect("故障率下降%d%%", "cut the failure rate by %d%%", 20, 70),
			new Effect("一次合格率提升至%d%%", "lifted the first-pass yield to %d%%", 93, 99),
			new Effect("检修时间缩短%d%%", "shortened repair time by %d%%", 20, 65),
			new Effect("材料损耗降低%d%%", "reduced material waste by %d%%", 10, 40));

	/**
	 * Unions whose areas show results of one category, by their order in
	 * {@link #INDUSTRY_UNIONS}.
	 */
	static final int[] UNION_CATEGORIES = { 0, 1, 11, 6, 8, 10, 9, 2, 5, 6 };

	static final List<Term> ENTERPRISE_KINDS = terms("智能装备有限公司", "Intelligent Equipment Co., Ltd.", "电力工程有限公司",
			"Electric Power Engineering Co., Ltd.", "轨道交通装备有限公司", "Rail Transit Equipment Co., Ltd.", "石化工程有限公司",
			"Petrochemical Engineering Co., Ltd.", "特钢有限公司", "Special Steel Co., Ltd.", "航空科技有限公司",
			"Aviation Technology Co., Ltd.", "通信技术有限公司", "Communication Technology Co., Ltd.", "建设工程集团有限公司",
			"Construction Engineering Group Co., Ltd.", "纺织科技有限公司", "Textile Technology Co., Ltd.", "制药有限公司",
			"Pharmaceutical Co., Ltd.", "农业装备有限公司", "Agricultural Machinery Co., Ltd.", "船舶重工有限公司",
			"Shipbuilding Heavy Industry Co., Ltd.");

	static final List<Term> BRANDS = terms("宏远", "Hongyuan", "鹏程", "Pengcheng", "华创", "Huachuang", "金桥", "Jinqiao",
			"恒信", "Hengxin", "长城", "Changcheng", "东方", "Dongfang", "瑞泰", "Ruitai", "中联", "Zhonglian", "新源", "Xinyuan",
			"天工", "Tiangong", "精工", "Jinggong", "永盛", "Yongsheng", "博远", "Boyuan", "同创", "Tongchuang", "启航", "Qihang");

	static final List<City> CITIES = List.of(new City("深圳", "Shenzhen", "广东"), new City("广州", "Guangzhou", "广东"),
			new City("佛山", "Foshan", "广东"), new City("南京", "Nanjing", "江苏"), new City("苏州", "Suzhou", "江苏"),
			new City("常州", "Changzhou", "江苏"), new City("杭州", "Hangzhou", "浙江"), new City("宁波", "Ningbo", "浙江"),
			new City("上海", "Shanghai", "上海"), new City("北京", "Beijing", "北京"), new City("天津", "Tianjin", "天津"),
			new City("唐山", "Tangshan", "河北"), new City("太原", "Taiyuan", "山西"), new City("包头", "Baotou", "内蒙古"),
			new City("沈阳", "Shenyang", "辽宁"), new City("大连", "Dalian", "辽宁"), new City("长春", "Changchun", "吉林"),
			new City("哈尔滨", "Harbin", "黑龙江"), new City("合肥", "Hefei", "安徽"), new City("福州", "Fuzhou", "福建"),
			new City("厦门", "Xiamen", "福建"), new City("南昌", "Nanchang", "江西"), new City("青岛", "Qingdao", "山东"),
			new City("济南", "Jinan", "山东"), new City("郑州", "Zhengzhou", "河南"), new City("洛阳", "Luoyang", "河南"),
			new City("武汉", "Wuhan", "湖北"), new City("株洲", "Zhuzhou", "湖南"), new City("长沙", "Changsha", "湖南"),
			new City("柳州", "Liuzhou", "广西"), new City("海口", "Haikou", "海南"), new City("重庆", "Chongqing", "重庆"),
			new City("成都", "Chengdu", "四川"), new City("德阳", "Deyang", "四川"), new City("贵阳", "Guiyang", "贵州"),
			new City("昆明", "Kunming", "云南"), new City("西安", "Xi'an", "陕西"), new City("兰州", "Lanzhou", "甘肃"),
			new City("西宁", "Xining", "青海"), new City("银川", "Yinchuan", "宁夏"), new City("乌鲁木齐", "Urumqi", "新疆"));

	/** Cities of the regions that have no city above. */
	static final List<City> FRONTIER_CITIES = List.of(new City("拉萨", "Lhasa", "西藏"), new City("石河子", "Shihezi", "兵团"));

	static final List<Term> SURNAMES = terms("王", "Wang", "李", "Li", "张", "Zhang", "刘", "Liu", "陈", "Chen", "杨", "Yang",
			"黄", "Huang", "赵", "Zhao", "吴", "Wu", "周", "Zhou", "徐", "Xu", "孙", "Sun", "马", "Ma", "朱", "Zhu", "胡", "Hu",
			"郭", "Guo", "何", "He", "高", "Gao", "林", "Lin", "罗", "Luo", "郑", "Zheng", "梁", "Liang", "谢", "Xie", "宋",
			"Song", "唐", "Tang", "许", "Xu", "韩", "Han", "冯", "Feng", "邓", "Deng", "曹", "Cao", "彭", "Peng", "曾", "Zeng",
			"肖", "Xiao", "田", "Tian", "董", "Dong", "袁", "Yuan", "潘", "Pan", "蒋", "Jiang", "蔡", "Cai", "余", "Yu", "杜",
			"Du", "叶", "Ye", "程", "Cheng", "魏", "Wei", "丁", "Ding", "任", "Ren", "沈", "Shen", "姚", "Yao", "卢", "Lu", "崔",
			"Cui", "钟", "Zhong", "谭", "Tan");

	static final List<Term> GIVEN = terms("伟", "wei", "芳", "fang", "娜", "na", "敏", "min", "静", "jing", "强", "qiang",
			"磊", "lei", "军", "jun", "洋", "yang", "勇", "yong", "艳", "yan", "杰", "jie", "涛", "tao", "明", "ming", "超",
			"chao", "秀", "xiu", "华", "hua", "平", "ping", "刚", "gang", "桂", "gui", "建", "jian", "国", "guo", "志", "zhi",
			"海", "hai", "文", "wen", "斌", "bin", "宇", "yu", "鹏", "peng", "辉", "hui", "红", "hong", "德", "de", "春", "chun",
			"振", "zhen", "永", "yong", "新", "xin", "兴", "xing", "亮", "liang", "峰", "feng", "成", "cheng", "林", "lin", "立",
			"li", "浩", "hao");

	static final List<Term> JOB_TITLES = terms("高级技师", "Senior technician", "特级技师", "Principal technician", "首席技师",
			"Chief technician", "技师", "Technician", "高级工程师", "Senior engineer", "全国劳动模范", "National model worker");

	private static Province province(String shortName, String unionName, String english) {
		String suffix = (unionName.startsWith(shortName + "市")) ? " Municipal"
				: (unionName.contains("自治区") ? " Regional" : " Provincial");
		return new Province(shortName, unionName, english + suffix + " Federation of Trade Unions", english);
	}

	private static Field field(List<Term> subjects, List<Term> techniques) {
		return new Field(subjects, techniques);
	}

	private static List<Term> terms(String... pairs) {
		Term[] terms = new Term[pairs.length / 2];
		for (int i = 0; i < terms.length; i++) {
			terms[i] = new Term(pairs[2 * i], pairs[2 * i + 1]);
		}
		return List.of(terms);
	}

}
