/**
 * A small bilingual glossary of trade-fair product terms (zh ↔ en), used to expand a buyer's
 * intent into the other language before matching (R1.8): an intent in Chinese then finds an
 * exhibit described only in English, and the other way round. Each line is one concept:
 * Chinese terms | English terms, synonyms separated by '/'. The sections follow the fair's own.
 */
const LINES = `
挖掘机/挖机|excavator/digger
装载机/铲车|loader/wheel loader
推土机|bulldozer
压路机|road roller/compactor
起重机/吊车|crane
叉车|forklift
混凝土搅拌机/搅拌机|concrete mixer/mixer
发电机/发电机组|generator/genset/generator set
柴油发电机|diesel generator
变压器|transformer
电动机/电机/马达|motor/electric motor
水泵/泵|pump/water pump
阀门/阀|valve
轴承|bearing
齿轮|gear
减速机/减速器|gearbox/reducer
压缩机/空压机|compressor/air compressor
机床|machine tool
加工中心|machining centre/machining center
数控|cnc
车床|lathe
铣床|milling machine
钻床|drilling machine
磨床|grinding machine
激光切割机|laser cutter/laser cutting machine
焊机/焊接机|welder/welding machine
注塑机|injection molding machine/injection moulding machine
包装机|packaging machine/packing machine
输送机/输送带|conveyor
液压|hydraulic
气动|pneumatic
锅炉|boiler
电缆/电线|cable/wire
开关|switch
插座|socket/outlet
断路器|circuit breaker
逆变器|inverter
太阳能电池板/光伏板|solar panel/pv panel/photovoltaic panel
太阳能|solar
蓄电池/电池|battery
充电器|charger
电动工具|power tool
手动工具|hand tool
五金|hardware
紧固件|fastener
螺丝/螺钉|screw
螺栓|bolt
螺母|nut
锁具/锁|lock
门窗|door and window/doors and windows
建材/建筑材料|building material
瓷砖|tile/ceramic tile
卫浴|sanitary ware/bathroom
水龙头|faucet/tap
陶瓷|ceramics/ceramic
玻璃|glass
石材|stone/marble
钢材|steel
铝型材|aluminium profile/aluminum profile
汽车配件/汽配|auto parts/car parts/automotive parts
轮胎|tyre/tire
摩托车|motorcycle/motorbike
自行车|bicycle/bike
电动车/电动自行车|electric bike/e-bike/electric bicycle
电动汽车|electric vehicle
汽车|car/automobile/vehicle
拖拉机|tractor
农机/农业机械|agricultural machinery/farm machinery
灯具/灯|lighting/lamp/light
照明|lighting
led灯|led light/led lamp
家具|furniture
沙发|sofa
床垫|mattress
椅子|chair
桌子|table/desk
厨具|kitchenware/cookware
餐具|tableware/dinnerware
家用电器/家电|home appliance/household appliance
空调|air conditioner
冰箱|refrigerator/fridge
洗衣机|washing machine
微波炉|microwave oven
电视机/电视|television/tv
手机|mobile phone/cell phone/smartphone
电脑/计算机|computer/pc
笔记本电脑|laptop/notebook computer
耳机|headphone/earphone
音箱|speaker
摄像头|camera
安防|security
服装/成衣|garment/apparel/clothing
男装|menswear
女装|womenswear/ladies wear
童装|children's wear/kids wear
运动服|sportswear
鞋|shoe/footwear
箱包/包|bag/luggage
纺织品|textile
面料|fabric
纱线|yarn
家纺|home textile
毛巾|towel
床上用品|bedding
帽子|hat/cap
袜子|sock
玩具|toy
毛绒玩具|plush toy/stuffed toy
婴儿用品|baby product
文具|stationery
礼品|gift
工艺品|handicraft/craft
珠宝|jewelry/jewellery
手表|watch
眼镜|glasses/eyewear
化妆品|cosmetics
医疗器械|medical device/medical equipment
口罩|mask/face mask
食品|food
茶叶|tea
咖啡|coffee
塑料|plastic
橡胶|rubber
化工|chemical
涂料/油漆|paint/coating
纸制品|paper product
印刷|printing
健身器材|fitness equipment/gym equipment
体育用品|sporting goods/sports equipment
宠物用品|pet product/pet supplies
花园工具/园林工具|garden tool
烧烤炉|barbecue grill/bbq grill
帐篷|tent
雨伞/伞|umbrella
`;

export interface GlossaryEntry {
  zh: string[];
  en: string[];
}

export const TRADE_GLOSSARY: readonly GlossaryEntry[] = LINES.trim()
  .split('\n')
  .map((line) => {
    const [zh, en] = line.split('|');
    return { zh: zh.split('/'), en: en.split('/') };
  });
