// Chinese surnames, Simplified (block keys are folded to Simplified): enough to tell a bare name from a word.
// Left out: surnames that are also common words opening a bracketed note (`（全文完）`, `（原创）`, `（来稿）`, `（时评）`,
// `（国际）`, `（明日…）`, `（海外网）`): an unsure name is not read.

/** Single-character surnames, roughly the 300 most common, minus those words. */
const SINGLE_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师栾隋沙荣巫寇桑郎甄丛仲虞敖巩佘池苑迟邝匡鞠惠荆冀郁胥班储栗燕楚鄢谌奚皮粟冼蔺楼仝郜阚帅屠豆朴禹祖漆卿狄索晋扈晁芮阙鹿邸雍辜裘亓邰赫杭况宿逯隆茹诸慕嵇湛戎勾茅於揭昝檀尧衡闭'

/** Two-character surnames. */
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '司徒', '端木', '南宫', '西门', '澹台', '轩辕', '呼延', '独孤', '申屠', '万俟']

const SINGLE = new Set(SINGLE_SURNAMES)

// What follows a surname in a name that is no writer's: a party kept anonymous (`王某`), a title (`李先生`).
const NOT_A_GIVEN_NAME = /^(?:某|某某|先生|女士|小姐|老师|同志|师傅|大爷|大妈|阿姨|总|局|姓)$/u

/**
 * A person's name by its shape: a common surname and one or two characters (`庞晓军`, `田野`), or a compound
 * surname and one or two (`欧阳修`, `司马南风`).
 * @example isSurnamed('庞晓军') // → true
 * @example isSurnamed('待续') // → false
 */
export function isSurnamed(name: string): boolean {
  if (name.length < 2 || name.length > 4) return false
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s))
  const given = compound ? name.slice(compound.length) : SINGLE.has(name[0]!) && name.length <= 3 ? name.slice(1) : null
  return given !== null && given.length >= 1 && given.length <= 2 && !NOT_A_GIVEN_NAME.test(given)
}

/** One to three names of two to four Han characters, set apart by spaces, `、` or commas (a regex source). */
export const NAME_LIST = String.raw`\p{Script=Han}{2,4}(?:[\s、,]+\p{Script=Han}{2,4}){0,2}`
const NAME_SEPARATORS = /[\s、,]+/u

/** Every name of a NAME_LIST match is a surname and a given name (`庞晓军 田野`; not `本院`, `王某`). */
export const allSurnamed = (names: string): boolean => names.split(NAME_SEPARATORS).every(isSurnamed)

// A line that is only the writers' names in brackets (`（庞晓军 田野）`, `（庞晓军、田野）`; keys are NFKC: ASCII brackets).
const SIGNATURE_LINE = new RegExp(String.raw`^\s*\(\s*(${NAME_LIST})\s*\)\s*$`, 'u')
export const SIGNATURE_LINE_MAX = 24

/**
 * The names a bare bracketed signature line gives, each a surname and a given name, so `（完）`, `（待续）`, `（本院）` give none.
 * @example signatureNames('（庞晓军 田野）') // → '庞晓军 田野'
 */
export function signatureNames(key: string): string | null {
  if (key.length > SIGNATURE_LINE_MAX || !key.trimEnd().endsWith(')')) return null
  const m = SIGNATURE_LINE.exec(key)
  return m && allSurnamed(m[1]!) ? m[1]! : null
}
