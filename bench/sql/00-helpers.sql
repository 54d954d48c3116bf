-- Helpers of the benchmark data generator, in their own schema (dropped at the end).
-- Every "random" choice is a hash of the row number, so a run is reproducible and chunks can
-- be generated in any order or in parallel.
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;

-- A number in [0, 1) determined by a row number and a salt.
CREATE FUNCTION bench.unit(n BIGINT, salt INTEGER) RETURNS DOUBLE PRECISION
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (hashint8(n * 1000003 + salt)::bigint + 2147483648) / 4294967296.0
$$;

-- An index in [1, size] determined by a row number and a salt.
CREATE FUNCTION bench.pick(n BIGINT, salt INTEGER, size INTEGER) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 1 + floor(bench.unit(n, salt) * size)::integer
$$;

-- Word lists with their English, numbered from 1 within each kind.
CREATE TABLE bench.words (kind TEXT NOT NULL, idx INTEGER NOT NULL, zh TEXT NOT NULL, en TEXT NOT NULL,
                          PRIMARY KEY (kind, idx));

CREATE FUNCTION bench.add_words(word_kind TEXT, pairs TEXT[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO bench.words (kind, idx, zh, en)
    SELECT word_kind, i, pairs[2 * i - 1], pairs[2 * i] FROM generate_series(1, array_length(pairs, 1) / 2) i
$$;

SELECT bench.add_words('region', ARRAY['北京','Beijing','天津','Tianjin','河北','Hebei','山西','Shanxi','内蒙古','Inner Mongolia',
    '辽宁','Liaoning','吉林','Jilin','黑龙江','Heilongjiang','上海','Shanghai','江苏','Jiangsu','浙江','Zhejiang','安徽','Anhui',
    '福建','Fujian','江西','Jiangxi','山东','Shandong','河南','Henan','湖北','Hubei','湖南','Hunan','广东','Guangdong',
    '广西','Guangxi','海南','Hainan','重庆','Chongqing','四川','Sichuan','贵州','Guizhou','云南','Yunnan','西藏','Tibet',
    '陕西','Shaanxi','甘肃','Gansu','青海','Qinghai','宁夏','Ningxia','新疆','Xinjiang','兵团','Xinjiang Production and Construction Corps',
    '全国','Nationwide']);
SELECT bench.add_words('category', ARRAY['装备制造','Equipment manufacturing','电力能源','Power and energy','交通运输','Transport',
    '石油化工','Petrochemicals','冶金材料','Metallurgy and materials','航空航天','Aerospace','信息通信','Information and communications',
    '建筑工程','Construction','轻工纺织','Light industry and textiles','医药健康','Medicine and health','农业食品','Agriculture and food',
    '船舶海洋','Shipbuilding and marine']);
SELECT bench.add_words('object', ARRAY['数控机床','CNC machine tools','高压输电线路','high-voltage power lines','盾构机','tunnel boring machines',
    '焊接机器人','welding robots','变电站','substations','动车组','multiple-unit trains','炼化装置','refining units','高炉','blast furnaces',
    '卫星天线','satellite antennas','光纤网络','fibre-optic networks','桥梁钢结构','steel bridge structures','纺织织机','textile looms',
    '制药生产线','pharmaceutical lines','粮食烘干机','grain dryers','船体分段','hull blocks','风力发电机','wind turbines',
    '液压支架','hydraulic roof supports','起重机','cranes','轨道扣件','rail fastenings','锅炉','boilers','汽轮机','steam turbines',
    '输油管道','oil pipelines','电梯','lifts','模具','moulds','齿轮箱','gearboxes','冷链仓库','cold-chain warehouses',
    '港口装卸桥','quay cranes','航空发动机叶片','aero-engine blades','芯片封装设备','chip packaging equipment','智能电表','smart meters']);
SELECT bench.add_words('technique', ARRAY['智能检测装置','smart inspection device','快速更换工具','quick-change tool','在线监测系统','online monitoring system',
    '精密校准方法','precision calibration method','自动化改造方案','automation retrofit','节能控制技术','energy-saving control technique',
    '故障诊断平台','fault diagnosis platform','安全防护装置','safety guard','高效清洗设备','high-efficiency cleaning unit',
    '数字孪生模型','digital twin model','防腐涂装工艺','anti-corrosion coating process','柔性装配工装','flexible assembly fixture',
    '带电作业机器人','live-line working robot','激光修复技术','laser repair technique','视觉识别系统','machine vision system',
    '减振降噪装置','vibration and noise damper','远程运维系统','remote maintenance system','新型密封结构','new sealing design',
    '快速定位夹具','rapid positioning clamp','余热回收装置','waste heat recovery unit']);
SELECT bench.add_words('problem', ARRAY['检修效率低','slow maintenance','故障难以发现','hard-to-find faults','能耗偏高','high energy use',
    '安全风险大','safety risks','精度不足','poor precision','人工劳动强度大','heavy manual work','停机时间长','long downtime','材料浪费','wasted material']);
SELECT bench.add_words('effect', ARRAY['使检修效率提高%s%%','raises maintenance efficiency by %s%%','使故障率下降%s%%','cuts faults by %s%%',
    '使能耗降低%s%%','cuts energy use by %s%%','使合格率提升%s%%','raises the pass rate by %s%%','使作业时间缩短%s%%','shortens the work by %s%%']);
SELECT bench.add_words('surname', ARRAY['王','Wang','李','Li','张','Zhang','刘','Liu','陈','Chen','杨','Yang','黄','Huang','赵','Zhao','吴','Wu',
    '周','Zhou','徐','Xu','孙','Sun','马','Ma','朱','Zhu','胡','Hu','郭','Guo','何','He','高','Gao','林','Lin','罗','Luo','郑','Zheng',
    '梁','Liang','谢','Xie','宋','Song','唐','Tang','许','Xu','韩','Han','冯','Feng','邓','Deng','曹','Cao']);
SELECT bench.add_words('given', ARRAY['伟','Wei','芳','Fang','娜','Na','敏','Min','静','Jing','强','Qiang','磊','Lei','军','Jun','洋','Yang',
    '勇','Yong','艳','Yan','杰','Jie','涛','Tao','明','Ming','超','Chao','秀英','Xiuying','华','Hua','平','Ping','刚','Gang','桂英','Guiying',
    '建国','Jianguo','志强','Zhiqiang','海燕','Haiyan','晓东','Xiaodong','文博','Wenbo','思远','Siyuan','国庆','Guoqing','红梅','Hongmei',
    '建华','Jianhua','永刚','Yonggang']);
SELECT bench.add_words('city', ARRAY['北京','Beijing','上海','Shanghai','广州','Guangzhou','深圳','Shenzhen','天津','Tianjin','重庆','Chongqing',
    '成都','Chengdu','武汉','Wuhan','西安','Xi''an','南京','Nanjing','杭州','Hangzhou','沈阳','Shenyang','长春','Changchun','哈尔滨','Harbin',
    '济南','Jinan','青岛','Qingdao','郑州','Zhengzhou','长沙','Changsha','合肥','Hefei','福州','Fuzhou','厦门','Xiamen','南昌','Nanchang',
    '昆明','Kunming','贵阳','Guiyang','南宁','Nanning','兰州','Lanzhou','太原','Taiyuan','石家庄','Shijiazhuang','乌鲁木齐','Urumqi','呼和浩特','Hohhot']);
SELECT bench.add_words('brand', ARRAY['华兴','Huaxing','中科','Zhongke','东方','Dongfang','长城','Changcheng','宏远','Hongyuan','新锐','Xinrui',
    '天成','Tiancheng','联创','Lianchuang','恒通','Hengtong','金桥','Jinqiao','远航','Yuanhang','启明','Qiming','精工','Jinggong','瑞达','Ruida',
    '同心','Tongxin','鼎盛','Dingsheng','博创','Bochuang','泰和','Taihe','安达','Anda','正和','Zhenghe']);
SELECT bench.add_words('org_kind', ARRAY['机械有限公司','Machinery Co., Ltd.','电力有限公司','Electric Power Co., Ltd.','科技股份有限公司','Technology Co., Ltd.',
    '研究院','Research Institute','职业技术学院','Vocational College','集团有限公司','Group Co., Ltd.','制造有限公司','Manufacturing Co., Ltd.',
    '工程有限公司','Engineering Co., Ltd.']);

-- How many words of each kind: the chunk scripts pick an index in [1, size].
CREATE TABLE bench.sizes AS
SELECT count(*) FILTER (WHERE kind = 'region')::int AS region, count(*) FILTER (WHERE kind = 'category')::int AS category,
       count(*) FILTER (WHERE kind = 'object')::int AS object, count(*) FILTER (WHERE kind = 'technique')::int AS technique,
       count(*) FILTER (WHERE kind = 'problem')::int AS problem, count(*) FILTER (WHERE kind = 'effect')::int AS effect,
       count(*) FILTER (WHERE kind = 'surname')::int AS surname, count(*) FILTER (WHERE kind = 'given')::int AS given,
       count(*) FILTER (WHERE kind = 'city')::int AS city, count(*) FILTER (WHERE kind = 'brand')::int AS brand,
       count(*) FILTER (WHERE kind = 'org_kind')::int AS org_kind
FROM bench.words;
