//! The province's shape: regions and units, laid out in memory from the seed, then written.

use chrono::Duration;
use entity::{region, unit};
use sea_orm::{ConnectionTrait, Set};

use super::bulk::Batch;
use super::dice::{Dice, apportion};
use super::{CITIES, Options, PROVINCE_CODE, PROVINCE_NAME, Run};
use crate::error::AppResult;
use crate::scope::Level;

const CITY_NAMES: [&str; CITIES] = [
    "东湖",
    "西岭",
    "南川",
    "北原",
    "青峰",
    "白沙",
    "金滩",
    "银河",
    "玉泉",
    "石门",
    "云台",
    "桂林坪",
    "梅溪",
    "柳江",
];
const DISTRICT_NAMES: [&str; 9] = [
    "城关区",
    "新城区",
    "高新区",
    "河东区",
    "河西区",
    "山前县",
    "湖滨县",
    "平原县",
    "龙潭县",
];
const DEPARTMENTS: [&str; 40] = [
    "司法局",
    "财政局",
    "教育局",
    "公安局",
    "卫生健康委员会",
    "自然资源局",
    "生态环境局",
    "住房和城乡建设局",
    "交通运输局",
    "水利局",
    "农业农村局",
    "商务局",
    "文化和旅游局",
    "应急管理局",
    "市场监督管理局",
    "统计局",
    "医疗保障局",
    "审计局",
    "税务局",
    "人力资源和社会保障局",
    "民政局",
    "退役军人事务局",
    "林业局",
    "信访局",
    "发展和改革局",
    "工业和信息化局",
    "科学技术局",
    "体育局",
    "档案馆",
    "人民法院",
    "人民检察院",
    "机关事务管理局",
    "城市管理局",
    "行政审批服务局",
    "供销合作社",
    "人民医院",
    "第一中学",
    "实验小学",
    "街道办事处",
    "乡人民政府",
];
pub(super) struct RegionRow {
    pub(super) id: i32,
    pub(super) parent_id: Option<i32>,
    pub(super) code: String,
    pub(super) name: String,
    pub(super) level: Level,
    pub(super) path: String,
}

pub(super) struct UnitRow {
    pub(super) id: i32,
    pub(super) region_id: i32,
    pub(super) region_path: String,
    pub(super) name: String,
}

/// Regions, units, and each unit's share of the learners (learner ids are contiguous per unit,
/// as rosters are imported unit by unit).
pub(super) struct Layout {
    pub(super) regions: Vec<RegionRow>,
    pub(super) units: Vec<UnitRow>,
    /// `unit_of[i]` is the unit of learner `i + 1`.
    pub(super) unit_of: Vec<i32>,
}

pub(super) fn layout(options: &Options) -> Layout {
    let seed = options.seed;
    let mut regions = vec![RegionRow {
        id: 1,
        parent_id: None,
        code: PROVINCE_CODE.to_owned(),
        name: PROVINCE_NAME.to_owned(),
        level: Level::Province,
        path: PROVINCE_CODE.to_owned(),
    }];
    let mut cities = Vec::new();
    let mut districts = Vec::new();
    for (c, city_name) in CITY_NAMES.iter().enumerate() {
        let code = format!("{}{:02}00", &PROVINCE_CODE[..2], c + 1);
        let id = regions.len() as i32 + 1;
        regions.push(RegionRow {
            id,
            parent_id: Some(1),
            path: format!("{PROVINCE_CODE}{code}"),
            code,
            name: format!("{city_name}市"),
            level: Level::City,
        });
        cities.push(regions.len() - 1);
    }
    for (c, &city) in cities.iter().enumerate() {
        // 8 cities of 9 districts and 6 of 8: 120 districts.
        let count = if c < 8 { 9 } else { 8 };
        for (d, district_name) in DISTRICT_NAMES.iter().take(count).enumerate() {
            let parent = &regions[city];
            let code = format!("{}{:02}", &parent.code[..4], d + 1);
            let row = RegionRow {
                id: regions.len() as i32 + 1,
                parent_id: Some(parent.id),
                path: format!("{}{code}", parent.path),
                name: format!("{}{district_name}", CITY_NAMES[c]),
                code,
                level: Level::District,
            };
            regions.push(row);
            districts.push(regions.len() - 1);
        }
    }

    // Units per region.
    let total_units = u64::from(options.units);
    let (province_units, per_city) = if total_units >= 100 {
        ((total_units * 3 / 1000).max(1), (total_units * 2 / 1000).max(1))
    } else {
        (0, 0)
    };
    let district_units = total_units.saturating_sub(province_units + per_city * CITIES as u64);
    let district_weights: Vec<f64> = (0..districts.len())
        .map(|d| 0.6 + Dice::new(seed, d as u64, 11).unit())
        .collect();
    let per_district = apportion(district_units, &district_weights);
    let mut plan: Vec<(usize, u64)> = vec![(0, province_units)];
    plan.extend(cities.iter().map(|&c| (c, per_city)));
    plan.extend(districts.iter().zip(per_district).map(|(&d, n)| (d, n)));

    let mut units = Vec::with_capacity(total_units as usize);
    for (region_index, count) in plan {
        let r = &regions[region_index];
        let short = r.name.trim_end_matches(['省', '市']);
        for k in 0..count as usize {
            let department = DEPARTMENTS[k % DEPARTMENTS.len()];
            let name = match k / DEPARTMENTS.len() {
                0 => format!("{short}{department}"),
                round => format!("{short}{department}（{}）", round + 1),
            };
            units.push(UnitRow {
                id: units.len() as i32 + 1,
                region_id: r.id,
                region_path: r.path.clone(),
                name,
            });
        }
    }

    let unit_weights: Vec<f64> = (0..units.len())
        .map(|u| Dice::new(seed, u as u64, 12).weight())
        .collect();
    let per_unit = apportion(u64::from(options.learners), &unit_weights);
    let mut unit_of = Vec::with_capacity(options.learners as usize);
    for (u, n) in per_unit.iter().enumerate() {
        unit_of.extend(std::iter::repeat_n(u as i32 + 1, *n as usize));
    }
    Layout {
        regions,
        units,
        unit_of,
    }
}

/// Writes the regions and the units with the ids the layout gave them.
pub(super) async fn write<C: ConnectionTrait>(db: &C, run: &Run, shape: &Layout) -> AppResult<u64> {
    let created = run.now - Duration::days(400);
    let regions = shape.regions.iter().map(|r| region::ActiveModel {
        id: Set(r.id),
        parent_id: Set(r.parent_id),
        code: Set(r.code.clone()),
        name: Set(r.name.clone()),
        level: Set(r.level),
        path: Set(r.path.clone()),
        created_at: Set(created),
    });
    let units = shape.units.iter().map(|u| unit::ActiveModel {
        id: Set(u.id),
        region_id: Set(u.region_id),
        region_path: Set(u.region_path.clone()),
        name: Set(u.name.clone()),
        has_internet: Set(true),
        created_at: Set(created),
    });
    Ok(Batch::write_all(db, run.backend, 7, "regions", regions).await?
        + Batch::write_all(db, run.backend, 6, "units", units).await?)
}
