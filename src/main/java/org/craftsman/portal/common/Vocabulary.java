package org.craftsman.portal.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * English names of the regions and industry categories results are filed under. Results
 * store the Chinese name; the English interface shows these.
 */
public final class Vocabulary {

	public static final String NATIONWIDE = "全国";

	public static final Map<String, String> REGIONS = ordered("北京", "Beijing", "天津", "Tianjin", "河北", "Hebei", "山西",
			"Shanxi", "内蒙古", "Inner Mongolia", "辽宁", "Liaoning", "吉林", "Jilin", "黑龙江", "Heilongjiang", "上海", "Shanghai",
			"江苏", "Jiangsu", "浙江", "Zhejiang", "安徽", "Anhui", "福建", "Fujian", "江西", "Jiangxi", "山东", "Shandong", "河南",
			"Henan", "湖北", "Hubei", "湖南", "Hunan", "广东", "Guangdong", "广西", "Guangxi", "海南", "Hainan", "重庆",
			"Chongqing", "四川", "Sichuan", "贵州", "Guizhou", "云南", "Yunnan", "西藏", "Tibet", "陕西", "Shaanxi", "甘肃",
			"Gansu", "青海", "Qinghai", "宁夏", "Ningxia", "新疆", "Xinjiang", "兵团",
			"Xinjiang Production and Construction Corps", NATIONWIDE, "Nationwide");

	public static final Map<String, String> CATEGORIES = ordered("装备制造", "Equipment manufacturing", "电力能源",
			"Power and energy", "交通运输", "Transport", "石油化工", "Petrochemicals", "冶金材料", "Metallurgy and materials",
			"航空航天", "Aerospace", "信息通信", "Information and communications", "建筑工程", "Construction", "轻工纺织",
			"Light industry and textiles", "医药健康", "Medicine and health", "农业食品", "Agriculture and food", "船舶海洋",
			"Shipbuilding and marine");

	private Vocabulary() {
	}

	public static String regionInEnglish(String region) {
		return REGIONS.getOrDefault(region, region);
	}

	public static String categoryInEnglish(String category) {
		return CATEGORIES.getOrDefault(category, category);
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
