// Tables only. Everything here is matched against `block.key`: the block folded to Simplified
// and NFKC (so `：` is `:` and `（` is `(`), case-insensitively — one script and one width is enough.

/** Gambling and ad-banner vocabulary. A line made of these terms is an ad; a sentence that mentions one is not. */
export const AD_TERMS: readonly string[] = [
  '下注', '投注', '博彩', '娱乐城', '真人娱乐', '真人视讯', '真人', '体育投注', '彩票平台', '购彩', '开户',
  '彩金', '棋牌', '老虎机', '电竞下注', '电子游艺', 'pg电子', '百家乐', '赌场', '赌博', '线上赌', '网赌',
  '六合彩', '时时彩', '北京赛车', '快三', '官方网站', '官网入口', '注册送', '送彩金', '首存', '返水',
  '体育平台', '体育app', '足球竞猜', '竞彩', '在线直播', '滚球', '亚洲盘', '盘口', '威尼斯人', '澳门',
  '葡京', '金沙', '平台推荐', '信誉', '提款', '充值', '手机版', '下载app', 'app下载',
]

/**
 * Query words of search-engine keyword stuffing (`装修公司哪家好`, `北京装修报价`): a list of such
 * keywords glued after a paragraph is spam, a sentence that uses one is not.
 */
export const SEO_QUERY_TERMS: readonly string[] = [
  '哪家好', '哪个好', '哪家强', '多少钱', '价格表', '报价单', '报价', '效果图', '排行榜', '排名', '前十', '十大', '一平米',
  '怎么样', '加盟', '官网', '大全', '在线观看',
]

/** Adult-site keyword banners, as common in real dumps as gambling ones. */
export const ADULT_TERMS: readonly string[] = [
  '成人', '色情', '午夜', 'av', '无码', '有码', '黄色', '黄片', '自拍', '偷拍', '美女主播', '福利',
  '激情', '情色', '一本道', '国产精品', '日韩', '欧美', '在线观看', '免费视频', '免费观看', '高清',
  '直播', '影院', '视频', '成人影院', '伦理', '三级',
]

/** Keyword strings in banners are joined by these; more than two joins in a short line is banner shape. */
export const BANNER_SEPARATORS = ',_-/|.·:、'

/**
 * Sales pitches of the small ad boxes old portals set inside articles (medicine, tonics, franchises):
 * two of these in a short line make it an ad. An article mentions one at most.
 */
export const PROMO_TERMS: readonly string[] = [
  '免费领取', '免费试用', '免费挂号', '免费咨询', '免费索取', '货到付款', '加盟热线', '招商热线', '咨询热线', '厂家直销',
  '假一赔十', '点击了解详情', '了解详情', '月入过万', '一贴见效', '药到病除', '秘方', '根治', '特效', '专家坐诊', '送礼首选',
  '患者的福音', '不反弹', '限时抢购', '包邮', '全国招商',
]

/** The header of such an ad box, or its call for advertisers. */
/** An ad card's teaser: a short pitch that ends in a call to click (`武汉装修报价新标准，90平米全包只需这个数，点击查看`). */
export const AD_TEASER = /[,!]\s*(?:点击查看|查看详情|了解详情|点击了解|立即抢购|立即咨询|马上抢购|点击进入|点此查看)\s*[>»]*\s*$/u

export const AD_BOX = /^[\s【\[(]*(?:推广链接|赞助商链接|商业推广|广告链接|推广信息|我也要出现在这里|广告位招租|广告)[\s\]】):>»]*$|^\s*[\[【(]广告[\]】)]/u

/** Short UI words and phrases: a block made only of these (plus brackets and separators) is chrome. */
/**
 * The interface speaking to the reader about where they are (keys are NFKC): a gallery's end card
 * (`您已浏览完本组图片`), the last or first slide (`已经是最后一张`, `已是第一页`).
 */
export const UI_STATEMENTS = /^\s*(?:(?:您|你)(?:已经?|已)(?:浏览|看|阅读|观看)完|已经?是(?:最后|第一)一?(?:张|页|篇|组|条))/u
export const UI_STATEMENT_MAX = 20

export const UI_PHRASES: readonly string[] = [
  '关闭窗口', '关闭本页', '登入', '登出', '字级', '小中大', 'facebook', 'twitter', 'line', 'telegram', 'whatsapp', 'weibo', 'wechat', '关闭', '打印本页', '打印此文', '打印本文', '打印文章', '打印', '分享到', '分享至', '分享',
  // Taiwan, Hong Kong and Macau pages print (列印) and forward (转寄) with their own words.
  '友善列印', '列印本页', '列印', '转寄',
  '收藏本文', '收藏本页', '收藏', '转发', '转载', '复制链接', '复制网址', '返回顶部', '回到顶部', '返回页首', '回到页首', '顶部', '返回首页',
  '快速回复', '只看该作者', '只看楼主', '倒序浏览', '阅读模式',
  // A blog's screen-reader heading over its post navigation.
  '文章导航', '文章分页', '帖子导航',
  '返回列表', '返回目录', '目录', '返回', '上一篇', '下一篇', '上一页', '下一页', '上一张', '下一张', '首页', '尾页', '字号', '字体',
  // A photo gallery's controls and its end card's buttons.
  '查看原图', '全屏浏览', '自动播放', '重新浏览', '重新播放',
  '大中小', '大 中 小', '↑大', '↓小', '登录注册', '登录', '注册', '退出', 'app下载', '下载app', '扫码关注', '关注我们', '点击蓝字', '听新闻',
  '扫一扫', '扫描二维码', '二维码', '微信', '朋友圈', '微博', 'qq空间', 'qq好友', '豆瓣', '我来说两句',
  '我要评论', '发表评论', '查看全部评论', '查看更多评论', '查看评论', '网友评论', '评论', '我要纠错', '我要揪错', '纠错', '举报', '点赞', '推荐',
  '更多>>', '更多》', '更多', '进入论坛', '进入专题', '全屏阅读', '繁体版', '简体版', '繁体', '简体', '正文',
  '页面功能', '放大', '缩小', '默认', '夜间模式', '日间模式', '切换', 'rss', 'english', '搜索', '订阅', '关注', '已关注', '+关注', '朗读', '收听',
  '设为首页', '加入收藏', '网站地图', '联系我们', '关于我们', '广告服务', '意见反馈', '免责声明', '隐私政策',
  '手机版', '客户端', 'qq', '×', '×', '来说两句吧', '条评论', '人参与', '已有', '阅读全文', '展开全文', '查看原文',
  '点击查看', '点击进入', '查看详情', '了解详情', '立即下载', '相关专题', '图集', '视频', '音频', '本文', '稿件', '今日', '要闻',
  // a video player's controls, a reader app's buttons, a public account's footer
  '播放', '暂停', '静音', '全屏', '倍速', '清晰度', '高清', '标清', '超清', '自动播放', '重播', '加载中',
  '阅读原文', '点个在看', '在看', '打开app', '展开', '收起', '回复', '点赞数',
  '告诉好友', '推荐给好友', '发给好友', '收藏此页', '多种功能', '打印此页', '关闭此页', '有用', '没用', '我要提问', '加入书签',
  '电脑版', '触屏版', 'pc版', '极速版', '反馈',
  // sharing by e-mail, and a comment box's placeholder
  '电邮', '电子邮件', 'email', '写下你的评论', '写下您的评论', '发表你的评论', '发表您的评论', '说点什么吧', '说点什么',
  // a live blog's status and its controls
  '直播中', '按时间倒序', '按时间正序', '自动刷新', '刷新', '加载更多',
  // a list's button for more items
  '点击加载更多', '查看更多', '点击查看更多',
]

/**
 * What a letter-and-reply page (a hotline's, a mayor's mailbox) heads its fields with, alone on a line before the text
 * (`来信内容`, `回复内容`): a label, never body. `主要内容` or `具体内容` may head a part of an article and are not listed.
 */
export const LETTER_FIELDS: readonly string[] = ['来信', '回复', '答复', '留言', '咨询', '投诉', '信件', '办理', '反馈', '诉求']
export const LETTER_FIELD_LABEL = new RegExp(`^(?:${LETTER_FIELDS.join('|')})(?:内容|正文)$`, 'u')

/** Single words that are section or channel labels when they stand alone. */
export const SECTION_LABELS: readonly string[] = [
  '新闻', '国内', '国际', '社会', '财经', '经济', '体育', '娱乐', '科技', '军事', '教育', '健康', '汽车', '房产',
  '文化', '旅游', '时尚', '女性', '游戏', '图片', '视频', '评论', '观点', '专题', '滚动', '要闻', '时政', '法治',
  '民生', '地方', '本地', '港澳', '台湾', '华人', '股票', '基金', '理财', '读书', '历史', '博客', '论坛',
  '港闻', '澳闻', '两岸', '中国', '大陆', '本港', '副刊', '社论',
]

/**
 * Related headers made of two words, which list and what it holds (`为你推荐`, `更多推荐`, `熱門點閱` once converted, `往期推荐`,
 * `最新发布`), or which list and its length (`本周TOP10`): any pairing of the two tables is one.
 */
export const RELATED_HEADING_WHICH: readonly string[] = ['热门', '为你', '更多', '往期', '本周', '本月', '今日', '每日', '最新', '精彩', '编辑', '猜你', '大家']
export const RELATED_HEADING_WHAT: readonly string[] = ['推荐', '阅读', '点阅', '点击', '排行', '发布', '文章', '新闻', '资讯', '看点', '游记', '热文', '好文']
const COMPOSED_HEADING = `(?:${RELATED_HEADING_WHICH.join('|')})(?:${RELATED_HEADING_WHAT.join('|')}|top\\s*\\d{1,3})`
/**
 * The heading of the writer's or the account's own list (`作者最新文章`, `作者其他文章`, `TA的文章`, `该号更多内容`): its other
 * articles, related as a 相关阅读 box is. (Keys are lower case: `TA` is `ta`.)
 */
// (他/她 only with a word of which list: `她的作品` may be an article's subheading.)
const AUTHOR_LIST_HEADING = '(?:作者|ta|该作者|该号)的?(?:最新|其他|其它|更多|热门|全部)?(?:文章|作品|内容)|(?:他|她)的?(?:最新|其他|其它|更多|热门|全部)(?:文章|作品|内容)'

/** Headers that open (or, in some dumps, close) a related-headlines list. */
export const RELATED_HEADING = new RegExp(
  String.raw`^[\s■□●◆▲▶>»·•\-\[【(]*(相关(阅读|新闻|报道|文章|链接|专题|推荐|资讯|内容|稿件|评论)|推荐(阅读|新闻|文章)|延伸阅读|扩展阅读|猜你喜欢|大家都在看|热点(新闻|推荐|文章)?|24小时热点|今日热点|热门(文章|新闻|推荐|排行|资讯)|编辑推荐|精彩推荐|(?:你|您)(?:可能|也许)(?:还|也)?会?(?:感兴趣|喜欢)|可能感兴趣|最新(动态|文章|新闻|资讯)|图片(聚焦|新闻)|阅读排行|点击排行|排行榜|更多\p{Script=Han}{0,4}(新闻|阅读|精彩|资讯|文章)|往期(推荐|回顾|精选|简报|文章|内容)|本期(目录|要目)|历史文章|24小时热门|大家都在(看|做|读|玩|买|问)|相关(问题|论文|帖子|图片新闻|图片|视频)|本(版|栏|专栏)其他(稿件|文章|作者|新闻)|\p{Script=Han}{0,6}的?更多文章|\p{Script=Han}{0,6}最新报道|${AUTHOR_LIST_HEADING}|${COMPOSED_HEADING})(?:请见|详见|见|如下)?[\s\]】):>»*]*(更多)?[\s>»*]*$`,
  'u',
)

/** A ranked list's entry heading (NFKC, lower case): `no.10 浙江·前童古镇`, `top 3 沙溪古镇`. */
export const RANK_HEADING = /^\s*(?:no|top)\s*\.?\s*\d{1,3}\s+\p{Script=Han}/u

/** A forum's attachment line: `北山环线.jpg (86.21 KB, 下载次数: 12)`, `轨迹.gpx (86.25 KB, 下载次数: 214)`. */
export const ATTACHMENT_FILE = /^\s*\S{1,60}\.[a-z0-9]{2,5}\s*\(\s*\d+(?:\.\d+)?\s*[kmg]?b\b/iu

/** A related list on one line, its header first: `相关阅读：新能源汽车购置税减免政策延续　多地发放汽车消费券`. */
export const RELATED_INLINE = /^[\s■□●◆▲▶>»·•\-\[【(]*(?:相关(?:阅读|新闻|报道|文章|链接|专题)|推荐阅读|延伸阅读|扩展阅读|往期(?:回顾|推荐|文章))\s*[:\]】]\s*\S/u

/** Headers that open a comment section, perhaps with its disclaimer (`网友评论（以下评论仅代表网友个人观点）`): the article ends above them. */
export const COMMENTS_HEADING =
  /^[\s■□●◆▲▶>»·•\-\[【(]*(?:\p{Script=Han}{2,4}(?=网友评论|读者评论|用户评论))?((?:网友|热门|最新|精彩|读者|全部|用户)评论\s*\(\s*\d[\d,]*\s*条?\s*\)|网友评论|热门评论|最新评论|精彩评论|读者评论|评论区|全部评论|发表评论|我要评论|我来说两句|相关评论|用户评论|评论列表|评论|网友回复|全部回复|按热度\s*按时间|按时间\s*按热度|(?:全部|读者)?回应(?:\s*\(\d[\d,]*\))?|其他回答|全部回答|共有\s*\d+\s*条评论|已有\s*\d+\s*条评论|\d+\s*条评论)[\s\]】):>»]*(?:\(?共\s*\d+\s*条\)?|\([^()]{0,16}(?:仅代表|不代表)[^()]{0,16}\))?[\s\]】):>»]*(更多|我要评论|发表评论|查看(?:全部|所有)(?:评论)?|点击查看)?(?:\d+\s*(?:最热\s*最新|最新\s*最热|按热度\s*按时间)|(?:最热|最新)\s*\|?\s*(?:最新|最热))?[\s>»]*$/u

/** A commenter's masked IP: `lr9111[219.130.79.*] 认为:` (searched only in lines holding `*]`). */
export const COMMENTER_IP = /\[\d{1,3}\.\d{1,3}\.[\d*]{1,3}\.\*\]/u

/** A commenter line: `网友 张三 说:`, `来自广东的网友` (anchored: most lines fail at once). */
export const COMMENTER =
  /^(?:网友|匿名用户|游客)\S{0,20}\s*(?:认为|说|评论|发表)\s*:?$|^来自\S{2,10}的网友|^\S{1,16}\s*ip属地\s*:\s*\p{Script=Han}{2,6}$/u
/**
 * A comment's footer: its time and the reply button (`4月12日 23:05 回复`), or the reply button and its likes
 * (`回复 赞 31`, `04-12 23:05 回复 点赞 12`); searched only in lines holding 回复.
 */
export const COMMENT_FOOTER = (() => {
  // When it was posted: a clock, perhaps after a date (`4月12日 23:05`, `2023-05-12 10:20`).
  const stamp = String.raw`(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(?::\d{2})?`
  return new RegExp(String.raw`^(?:${stamp}\s*回复(?:\s*\d+)?(?:\s*点?赞\s*\d+)?|(?:${stamp}\s*)?回复(?:\s*\d+)?\s*点?赞\s*\d+)(?:\s*举报)?\s*$`, 'u')
})()
/** A commenter with the time of the comment relative to now: `老张说车 浙江 2小时前` (searched only in lines holding 前 or 刚刚). */
export const COMMENTER_AGO = /^\S{1,12}(?:\s+\p{Script=Han}{2,3})?\s+(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚)$/u
/**
 * A blog's comment header naming the post: `《春茶开采推迟一周》上有2条评论`, `“…”的3个回复`, `《…》有5个想法` (NFKC: `“` may
 * be `"`); the whole line, since a meta row may end with the same words as a link (`…标签 大理《…》上有2条评论`).
 */
export const COMMENTS_ON_POST = /^\s*[《"“][^《》"“”]{1,80}[》"”]\s*上?(?:有|的)\s*\d[\d,]*\s*(?:条|个)(?:评论|回复|想法|留言)$/u

/** Breadcrumbs: `当前位置: 首页 > 国际 > 正文`, `您现在的位置:…`, `首页 >> 新闻`. */
export const BREADCRUMB_LABEL = /^[\s【\[]*(当前位置|您现在的位置|你现在的位置|您的位置|你的位置|现在的位置|所在位置|本页位置|位置)\s*[:是]/u
export const BREADCRUMB_TRAIL = /^(首页|主页|网站首页)?[^。!?]{0,40}(>|>>|»|›|→)[^。!?]{0,60}(>|>>|»|›|→)?/u
/** A news lede that opens with its paper or wire: `本报讯`, `南方网讯`, `新华网北京3月5日电`. */
export const WIRE_LEDE = /^[\s【\[(（]*(?:本报|本刊|本台|本网|[\p{Script=Han}]{1,5}(?:网|社|报|台))(?:[\p{Script=Han}]{0,6}\d{1,2}月\d{1,2}日)?(?:讯|电)/u

/** A line of two- or three-character names only: `茉莉`, `赵延东、风笑天` (a byline, not body text). */
export const NAMES_ONLY = /^\p{Script=Han}{2,3}(?:[、,\s]+\p{Script=Han}{2,3}){0,3}$/u
/**
 * An amount set apart as its own word, as ingredient and material lists print them (`大白菜 半棵`, `面粉 500克`,
 * `生姜 1小块`, `盐、酱油 适量`): no name is one.
 */
export const QUANTITY = /(?:^|[\s、,])(?:\d+(?:\.\d+)?|[半一二两三四五六七八九十几])\s*[小大]?(?:千克|公斤|毫升|克|斤|两|升|个|只|根|棵|颗|片|块|勺|匙|杯|碗|袋|包|瓣|把|条|张|枚|粒|段|头|g|kg|ml)(?=$|[\s、,(])|适量|少许|若干/u

/** The arrow of a short breadcrumb (`世艺网>艺术教育`, `新闻中心 >> 国内`), with the spaces around it. */
export const CRUMB_ARROW = /\s*(?:>>?|»|›|→)\s*/u
/** The longest label of a short breadcrumb, in characters. */
export const CRUMB_LABEL_MAX = 8

/** Copyright, licence and registration marks: no article sentence carries one. */
export const COPYRIGHT =
  /copyright|©|\(c\)\s*\d{4}|all rights reserved|icp(备|证|许可)|公网安备|网安备|增值电信业务|互联网新闻信息服务许可|违法和不良信息举报/u

/**
 * Reprint notices (`未经本网授权不得转载`); a story about copyright quotes them, so they count only outside quotes. A content farm's
 * (`声明：本文转载自网路，版权归原作者所有。`) stands as a clause of its own: `涉案文章版权归原作者所有` in a sentence is none.
 */
export const REPRINT_NOTICE = /未经.{0,12}(许可|授权|同意).{0,8}(不得|禁止|严禁|请勿|不可|必究)|不得转载|禁止转载|严禁转载|请勿转载|转载必究|转载请(?:联系|与|征得).{0,12}(?:授权|许可|同意)|(?:如需|如要|若需|若要)转载\s*,?\s*请(?:联系|与|征得).{0,16}(?:授权|许可|同意)|(?:本文|此文)经.{0,20}授权转载|^(?:编者按\s*:\s*)?(?:本文|此文|文章)(?:转载自|转自|来自|来源于|选自)\S{0,8}(?:公众号|头条号|百家号)|^(?:本文|此文)经\S{0,12}授权(?:发布|刊发)|(?:^\s*(?:\S{0,4}声明\s*:\s*)?|[,。;]\s*)(?:本文|此文|文章|图片|内容|作品)?(?:版权归原作者(?:所有)?|(?:转载|转|来源|来)自(?:网[络路]|互联网))(?=[,。;!]|$)/u
/**
 * A repost's provenance note naming the writer: `编者按：本文来自微信公众号“硬核前沿”（ID：…），作者：陆川，…经授权发布`,
 * `本文转载自微信公众号“云栈技术团队”（ID：…），作者陈一鸣，…`. Group 1 is the writer, or the writers joined by 、
 * (`作者：邵一鸣、黄悦，…`) (NFKC: the colon and comma are ASCII).
 */
export const REPOST_CREDIT = /^\s*(?:编者按\s*:\s*)?(?:本文|此文|文章)(?:转载自|转自|来自|来源于|选自|经)[^。]{0,60}?作者\s*:?\s*(\p{Script=Han}{2,8}(?:、\p{Script=Han}{2,4}){0,3}|[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,2})\s*(?=[,;。)]|$)/u

/**
 * An author's bio closing the piece, which names the writer first: `本文作者刘浩哲，云栈订单平台团队高级工程师。…`,
 * `作者简介：刘浩哲，…` (NFKC: the colon and comma are ASCII). Group 1 is the name, read only when a surname opens it.
 */
export const AUTHOR_BIO = /^\s*(?:本文作者|作者简介\s*:)\s*(\p{Script=Han}{2,4})\s*,/u
/** The kinds of account a content platform hosts (regex alternatives): a repost names one before the account's name. */
export const PLATFORM_ACCOUNT_KINDS = '(?:微信)?公众号|头条号|企鹅号|百家号|搜狐号|网易号|大鱼号|澎湃号|凤凰号|一点号|快传号|新浪看点|微博'
/**
 * Where the piece first ran, opening a line: `本文首发于作者的 Newsletter…`, `（原载于《读书》2019年第3期）`; and the platform
 * account it was reposted from (`本文来自企鹅号 - 汽车有态度`, `本文来自微信公众号“…”`), a credit even without a reprint clause.
 */
export const FIRST_RAN = new RegExp(`^[\\s(\\[【]*(?:(?:本文|此文|文章)?(?:首发于|首发在|原载于|原刊于|原文刊于|原文载于|刊发于)|(?:本文|此文|文章)(?:转载自|转自|来自|来源于|选自)\\s*(?:${PLATFORM_ACCOUNT_KINDS}))`, 'u')
/** The longest line read as one. */
export const FIRST_RAN_MAX = 100
/** Words a story about rights says as often as a footer does: a notice only on a short line or one without a full stop. */
export const RIGHTS_WORDS = /版权所有|版权声明|转载请注明/u
/**
 * A bracketed clause, whole or cut by a hard wrap at either end of the line (`…首发，转载请注明出处)中盘时，…`): a watermark
 * stamped into a paragraph, which the line's own prose outside it does not make a notice (the paragraph pass cuts it out).
 */
export const BRACKETED_PART = /^[^()]*\)|\([^()]*\)|\([^()]*$/gu
/** Letters of prose a line must carry outside a bracketed notice to be the article's line. */
export const NOTICE_PROSE_MIN = 12
/** The longest line with a full stop that RIGHTS_WORDS make a notice. */
export const RIGHTS_LINE_MAX = 60
/** Quoted text: `标注了“未经许可不得转载”` quotes a notice, it is not one. */
export const QUOTED = /“[^”]*”|「[^」]*」|"[^"]*"/gu

/**
 * A site's disclaimer: a labelled statement (`免责声明:`, `中国经济网版权及免责声明:`, `广告声明:`) or
 * the reposting farm's line (`文章来源于网络，如有侵权请联系删除`, `本站所有小说均来自网友投稿`,
 * `不代表本站观点`, `本站仅提供信息存储空间服务`, a portal's `…登载此文出于传递更多信息之目的，并不意味着赞同其观点…`).
 * Matched outside quotes, like reprint notices.
 */
/**
 * A platform's hosting disclaimer in English, printed under the Chinese one (`Notice: The content above … is uploaded and posted by a
 * user of NetEase Hao, which is a social media platform and only provides information storage services.`). Keys are lower-cased.
 */
export const ENGLISH_HOSTING_DISCLAIMER = /(?:is|are) uploaded and posted by (?:a )?users? of|only provides? information storage services?/u
export const ENGLISH_HOSTING_DISCLAIMER_MAX = 320
export const DISCLAIMER =
  /^[\s【\[(]*[\u4e00-\u9fffa-z]{0,12}(?:免责声明|广告声明|特别声明|郑重声明|法律声明|版权声明)\s*[:\]】]|仅代表(?:作者)?(?:本人|个人)?的?(?:观点|立场)|仅代表作者本人|仅提供信息存储空间服务|仅代表(?:该|本)?(?:作者|机构|用户)或(?:机构|作者)的?(?:观点|立场)|(?:用户|作者|机构)(?:在\S{2,8})?上传并发布|仅提供信息发布平台|与本(?:站|网|平台)无关|如有侵权|侵权请?联系|侵删|本站所有.{0,20}来(?:自|源于)(?:网友|网络|互联网)|来源于(?:网络|互联网)[,，]|不代表本(?:站|网|平台|号)的?(?:观点|立场)|不代表\S{2,6}?(?:网|新闻|平台)的?(?:观点|立场)|出于传递更多信息之目的|不意味着(?:本(?:站|网|平台))?赞同其观点|本站(?:所有)?\S{0,12}(?:均为|为|系)转载|仅(?:为|代表|供)\S{0,12}(?:个人|参考)\S{0,12}不(?:能|可|得)?作为/u

/**
 * The stock line under a health or finance piece: `本文仅为健康科普，不作为诊疗依据`, `以上内容仅供参考，不构成投资建议`, and a
 * site's footer saying the same of itself (`风险提示：本网站提供的信息仅供参考，…`).
 * Only as a line's opening: a sentence in an article may report that something is no advice.
 */
export const ADVICE_DISCLAIMER = /^[\s(【\[]*(?:温馨提示|风险提示|提示|声明)?\s*:?\s*(?:(?:本文|以上|上述|文章)[^。!]{0,24}?不(?:能|可|得)?(?:作为|代替|替代|构成)[^。!]{0,10}(?:依据|建议|意见)|本(?:网站?|站|平台)[^。!]{0,24}?仅供参考)/u
// The longest line read as one.
export const ADVICE_DISCLAIMER_MAX = 120

/**
 * Site-operator footer lines; only short lines count (an article may mention a 举报电话). Without colons, two operators
 * each before their verb (`东州市总工会主办 东州工人报社承办`): one alone may be a headline's (`茶博会由我市主办`), but not one
 * set apart from its verb (`三江源国家公园管理局 主办`, perhaps with the site's address after it: `… 主办 地址：…72号`).
 * A link box's label with its links on the same line (`友情链接：中国足球协会 湖北省体育局`) is the footer's too.
 */
export const SITE_FOOTER = /举报电话|^\S{2,24}?(?:主办|承办|协办)\s+\S{2,24}?(?:主办|承办|协办|运营|维护)$|^\S{2,24}\s+(?:主办|承办)$|^\S{2,24}?\s*(?:主办|承办)\s+地址\s*:|^(?:友情链接|友情连接|合作伙伴|合作媒体)\s*:\s*\S|举报邮箱|(主办|承办|协办|运营|技术支持)(单位)?\s*:|网站标识码|联系电话\s*:|邮编\s*:|地址\s*:.{0,40}(电话|邮编|总机|传真|热线)|最佳浏览|浏览(?:效果)?最佳|\d{3,4}\s*[x×*]\s*\d{3,4}\s*(?:像素)?\s*(?:分辨率|解析度)|(?:分辨率|解析度)\s*(?:为|:)?\s*\d{3,4}\s*[x×*]\s*\d{3,4}|^(?:传媒|媒体|新闻)(?:查询|联络|联系)\s*:.{0,40}(?:电话|电邮|邮箱|email)|^(?:传媒|媒体|新闻)(?:联系人|联络人)\s*:|^(?:电话|电邮|邮箱|传真|e-?mail)\s*:\s*[\d(+a-z]|^\p{Script=Han}{1,2}(?:女士|先生|小姐)$/u

/**
 * A street address ending the line, perhaps after its organisation's name, with no label (`香港中华出入口商会
 * 香港上环干诺道中168-200号信德中心招商局大厦16楼`, `人民路88号`): a footer's or a contact block's. It ends at the number or
 * the building's unit: a headline naming an address says something after it (`人民路88号老宅将修缮`).
 */
export const ADDRESS_LINE = /^(?:\S{2,24}\s+)?\p{Script=Han}{0,16}?(?:路|道|街|巷|大道|大街|弄)\s*[东西南北中]?\s*\d+(?:\s*-\s*\d+)?\s*号(?:\S{0,24}?(?:大厦|中心|广场|大楼|楼|座|室|层|铺))?$/u

/**
 * Previous / next article links: `上一篇：…`, `【下一篇】…`, and without a mark as a blog's post navigation prints
 * them (`上一篇 今年茶博会展位预订过半`); not `上篇 …`, a serial's part.
 */
/**
 * The labels of the links to the posts before and after this one, in either script, as post navigation prints them
 * (`上一篇`, `下一條`): what makes a small `<nav>` the post's navigation, and where a related target starts.
 */
export const PREV_NEXT_WORDS: readonly string[] = ['上一篇', '下一篇', '上篇', '下篇', '前一篇', '后一篇', '後一篇', '上一条', '下一条', '上一條', '下一條', '上一则', '下一则', '上一則', '下一則']

export const PREV_NEXT =
  /^[\s【\[(]*(?:[<‹«←]\s*(?:上一篇|前一篇|上篇|上一页)|(?:上一篇|下一篇|上一页|下一页|上一条|下一条|上一则|下一则|上一則|下一則|前一篇|后一篇|上篇|下篇)(?:文章|新闻|论文|帖子|博文|日志)?\s*[:】\]>›»→]|(?:上一篇|下一篇)\s+(?=\p{Script=Han}))/u

/**
 * A page's summary above the lede: `核心提示：…`, `[导读]…`, or a `摘要：` that is short or cut off with an ellipsis.
 * A paper's abstract (`摘要：本文…`, a long paragraph) is the article's.
 */
export const SUMMARY_LABEL = /^[\s【\[(]*(?:(核心提示|导读|导语|内容提要|提要)|(摘要))\s*[:\]】)]/u
/** Past this length a `摘要：` line with no ellipsis is an abstract. */
export const SUMMARY_MAX = 80
const ELLIPSIS_END = /(?:…|\.{3})\s*$/u
// A machine summary's box: `AI摘要`, `AI总结 内容由AI生成，仅供参考` (its items may be glued after it).
const AI_SUMMARY = /^[\s【\[(]*ai\s*(?:摘要|总结|速读|导读|看点)(?:\s*$|\s*[:\]】)]|\s+|\s*(?:内容)?由ai生成)/iu
export const isSummary = (key: string, length: number): boolean => {
  if (AI_SUMMARY.test(key)) return true
  const m = SUMMARY_LABEL.exec(key)
  return m !== null && (m[1] !== undefined || length <= SUMMARY_MAX || ELLIPSIS_END.test(key))
}

/** The headline a reprint had where it first ran: `（原标题：…）`. */
export const ORIGINAL_TITLE = /^[\s(\[【]*原(?:标题|题)\s*:/u

/** Editor and review credits: `(责任编辑:…)`, `【责任编辑:…】`, `责编:… 终审:…`, `编辑丨林夏`, `审核丨王立强`, a post's picture credit `图片丨急诊科`, `图片｜四年级组` (any bar, as the editor's, but one: `图片 | 视频 | 直播` is a menu); an author's affiliation note `（作者系…研究员）`. */
export const EDITOR_LINE = /^[\s(\[【]*(?:(责任编辑|责编|终审|审核|校对|值班编辑|实习编辑|网络编辑|编审|监制|排版|美编)\s*[:\s丨|｜]|编辑\s*[丨|｜]|(?:图片|摄影)\s*丨|(?:图片|摄影|摄像)\s*[|｜](?=[^|｜丨]*$)|作者(?:系|现为|为)\p{Script=Han}[^()]{2,40}\)\s*$)/u

/** A site footer's links (`关于我们 联系我们 免责声明`): two of them on a short row make it the footer's, the site's name beside them or not. */
export const FOOTER_LINKS: readonly string[] = ['关于我们', '联系我们', '免责声明', '隐私政策', '网站地图', '广告服务', '意见反馈', '版权声明', '法律声明', '招聘信息', '加入我们', '投稿须知', '服务条款', '用户协议']

/** A label saying the page was updated (`更新时间:`, `修改于`, `修订日期:`, `最后更新`): its date is the page's, not the article's. */
export const UPDATE_LABEL = /(?:更新|修改|修订)(?:时间|日期|于)|(?:最后|最近)更新/u
/** An update label all that stands before a date, brackets and all: `最后更新 ( 2010年05月19日 星期三 16:02 )`. */
export const UPDATE_LABEL_BEFORE = new RegExp(`^[\\s(\\[【]*(?:${UPDATE_LABEL.source})\\s*:?[\\s(\\[【]*$`, 'u')

/**
 * A CMS's post line before its date, naming the poster (the author): `由 青苇 于 星期二, ` + `2013-04-16 14:32 提交`,
 * `Submitted by admin on Tue, ` + `04/16/2013 - 14:32` (Drupal). Group 1 or 2 is the name.
 */
export const SUBMITTED_BY = /^\s*(?:由\s*(\S{1,20}?)\s*于|submitted\s+by\s+(\S.{0,29}?)\s+on)\s*(?:(?:星期|礼拜|周)[一二三四五六日天]|[a-z]{3,9}\.?)?\s*,?\s*$/iu

/** A time relative to now, perhaps with the outlet after it: `3小时前`, `昨天 14:30 江城晚报` (a meta line without a date to read). */
export const RELATIVE_TIME = /^\s*(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|昨天|前天|今天)\s*(?:\d{1,2}:\d{2})?(?:\s+\S{2,12})?\s*$/u

/** A time relative to now anywhere in a line: `文 / 林凯 3小时前 IP属地：广东` (searched only in lines holding 前, 刚刚 or 天). */
export const RELATIVE_TIME_IN = /(?<!\d)\d{1,2}\s*(?:分钟|小时|天)前|刚刚|(?:昨天|前天|今天)\s*\d{1,2}:\d{2}/u

/** A label naming the page's own address: `本文链接：http://…`, `原文地址: …`, `本文网址 www.…` (NFKC: the colon is ASCII). */
export const PERMALINK_LABEL = /^[\s【\[(]*(?:本文|文章|原文|本页)(?:链接|地址|网址)\s*(?::|[】\])]|(?=(?:https?:|www\.)))/u
/** A web address alone on its line: `http://news.example.cn/2014/06/12/123.shtml`, `www.example.com`. */
export const BARE_URL = /^\s*(?:https?:\/\/|www\.)\S+\s*$/u

/** A reply's title in a forum or under a blog post: `# re: Ajax入门 2006-08-14 15:02 小刀`, `Re: 楼主说得对`. */
export const REPLY_TITLE = /^#?\s*re\s*:\s*\S/u

/** A section's header that lists would print among their items: `社会新闻排行`, `亲情散文推荐`, `搜狐文化最新`, `24小时热文`. */
export const LIST_HEADER = /^[\p{Script=Han}\d]{0,5}(?:排行|排行榜|推荐|最新|热门|热点|精选|专题|热文|热榜)$/u

/**
 * A blog sidebar's widget headings over lists that are no headlines (categories, archives, tags, links to other
 * sites): `分类目录` / `茶叶市场 (45)`, `友情链接` / `福建农林大学茶学院`. Matched on the line's letters alone.
 */
/**
 * A field of a magazine's subscription box or a contact block (keys are NFKC: `：` is `:`): a postal or serial code
 * (`邮发代号：24-66`, `刊号:`), a price (`定价：15元`), a phone number (`电话：0523-86321234`; not a hotline's short number, `热线：12345`) or an e-mail address anywhere
 * (`投稿邮箱：dywx1979@163.com`). Such a line is never a headline. Searched only in lines holding `:` or `@`.
 */
export const BOX_FIELD =
  /(?:^|\s)(?:邮发代号|邮政编码|邮编|国内统一刊号|刊号|issn|isbn)\s*:|(?:^|\s)(?:全年)?(?:定价|订价|售价|零售价|单价|价格)\s*:\s*[¥￥]?\d+(?:\.\d{1,2})?\s*元|(?:电话|热线|传真|手机)\s*:\s*(?:\(?0\d{2,3}\)?[-\s]?\d{7,8}|1[3-9]\d{9})|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u

/**
 * A schedule's heading (`今日节目单`, `本周节目预告`, `赛程`, `会议议程`; letters and digits only): the lines under it that
 * open with a time of day (`18:30 东江新闻`) are its rows, never headlines.
 */
export const SCHEDULE_HEADING = /^\p{Script=Han}{0,4}(?:节目单|节目表|节目预告|节目时间表|节目安排|播出时间表|播出表|赛程表?|日程表?|议程)$/u

/**
 * A row of a data box below the body, whatever its heading (keys are NFKC, lower case): a programme after its time of day
 * (`07:00 东江早新闻`), a result, a score between two names and nothing else (`东州猛虎 98-96 江城飞鹰`), or a standings row,
 * a rank, a name and a record (`1 北港海狮 15-3`). Names are short and say nothing: a headline with a score has its
 * predicate (`国足2-0胜泰国`), and a headline after a time is longer than a programme's name (`23:05 省里出台…十条措施`).
 */
export const DATA_ROWS: readonly RegExp[] = [
  /^\d{1,2}:\d{2}\s*[\p{Script=Han}a-z]{2,8}$/u,
  /^[\p{Script=Han}a-z]{2,8}\s*\d{1,3}\s*(?:-|:|比)\s*\d{1,3}\s*[\p{Script=Han}a-z]{2,8}$/u,
  /^\d{1,2}\.?\s*[\p{Script=Han}a-z]{2,8}\s+\d{1,3}\s*-\s*\d{1,3}(?:\s+[\d.%:-]+)*$/u,
]
/** What a result's names never hold and a headline with a score does: a verb of winning, losing or playing. */
export const SCORE_VERBS: readonly string[] = ['胜', '负', '败', '平', '赢', '输', '克', '擒', '战', '逆转', '击', '取', '送', '获', '夺', '以']

export const WIDGET_HEADINGS: readonly string[] = ['分类目录', '文章分类', '分类', '归档', '文章归档', '存档', '标签', '标签云', '热门标签', '友情链接', '链接', '近期评论', '日历', '功能']

/**
 * Headings of small boxes of no headlines: a poll (`网上调查` / its question / `严重 一般 没有`), the columns a post was filed
 * in (`文章被以下专栏收录` / the column's name and blurb / `进入专栏`). Such a box is a few lines (SMALL_BOX_LINES): a
 * site's menu may name a poll too, with a list after it.
 */
export const SMALL_BOX_HEADINGS: readonly string[] = ['网上调查', '在线调查', '网友调查', '民意调查', '投票', '网上投票', '在线投票', '文章被以下专栏收录', '收录于专栏']
export const SMALL_BOX_LINES = 4

/**
 * How a side column's service link ends (`全省城市天气预报`, `未来三天天气`, `公积金查询`, `办事指南`, `列车时刻`): a tool
 * of the site, no event. Read on short lines only (SERVICE_LINK_HAN_MAX), as a box of them prints them.
 */
export const SERVICE_LINK_END = /(?:预报|天气|查询|服务|指南|时刻表?|热线|大厅|下载|入口)$/u
export const SERVICE_LINK_HAN_MAX = 8

/** A card's source before its date (`青岚融媒 · 09-06`, the date taken out): a short name, then a dot or a bar. */
export const CARD_SOURCE = /^\s*[\p{Script=Han}a-z]{2,8}\s*[·|｜丨]\s*$/iu

/** A category with its post count, as a sidebar lists it: `茶叶市场 (45)`; a headline is longer than such a label. */
export const CATEGORY_COUNT = /^\p{Script=Han}{2,6}\s*\(\d{1,5}\)$/u

/** A file to download (`相关附件：改道示意图.pdf`): a link to a document, never a headline. */
export const FILE_NAME_END = /\.(?:pdf|docx?|xlsx?|pptx?|wps|ofd|txt|zip|rar|7z)\s*$/u

/**
 * Calls to action and interface messages that are sentences, not buttons: a public account's follow and scan
 * prompts and its tail (`点击“在看”，让更多人看到`), an app's call to open it (`打开东州日报APP 查看更多精彩内容`), paywall
 * notices, a video player's messages and clock.
 */
export const PROMPT =
  /^(?:(?:点击|戳)?(?:上方|下方|顶部|底部)|点击|戳)\S{0,4}(?:蓝字|名片|卡片)\s*\S{0,20}(?:关注|订阅|星标)|^长按(?:识别|扫描)?\S{0,4}(?:二维码|图片)|^点个?在看|^点击\W{0,2}在看|让更多(?:的)?人看到$|^(?:打开|下载)\S{0,12}?[\s,]*(?:查看|阅读|观看|获取)(?:更多|全文|精彩)|^本文为付费内容|^剩余\s*\d+\s*字|^单篇购买|^已是会员|(?:登录|购买|订阅|开通会员)后(?:即可)?(?:阅读|查看|继续阅读|解锁)(?:全文|全部|剩余)|浏览器不支持\s*(?:html5\s*)?(?:video|audio|视频|音频|javascript|js)|请(?:开启|启用|打开)\s*(?:浏览器的?)?\s*(?:javascript|js)|^(?:视频|广告|图片|内容|数据|评论)?(?:正在)?加载中\W*$|^\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}$|^(?:没有|暂无)(?:相关)?(?:文章|新闻|评论|内容|信息|回复)|^(?:还没有人|暂无人?)(?:赞赏|打赏)|^(?:赞赏|打赏)支持$|^小礼物走一走|^喜欢就(?:赞赏|打赏)|^用户名\s*:?\s*密码|^(?:禁用|使用)\s*\S{0,12}(?:代码|签名|表情|smilies)|^接收新回复|^当前时区|^扫码关注|^点击(?:此处|这里)\S{0,4}(?:查询|查看|进入|下载|访问|浏览)|请选择\S{0,8}请选择|^\p{Script=Han}{2,6}天气\s*:?\s*\S{0,6}\s*-?\d{1,2}\s*[-~～至]\s*-?\d{1,2}\s*(?:°c|℃)|^扫一扫\S{0,12}(?:手机|二维码|关注|下载|阅读)|^扫码(?:下载|阅读|收看|观看)|在手机(?:上)?(?:打开|浏览|阅读|查看)(?:当前|本)(?:页|页面|文章)|ctrl\s*\+\s*enter|按\s*(?:回车|enter|←|→|方向)\S{0,6}键|(?:订阅|加入|关注)\S{0,16}(?:whatsapp|telegram|电报)\s*(?:频道|群组|群)|订阅\S{0,16}(?:电子报|简报|newsletter|新闻推送)|^(?:立即|马上)订阅$|subscribe to our newsletter|^有新闻线索|点击\W{0,2}阅读原文|(?:送到|发送到|直达|直送)(?:您|你)的(?:邮箱|信箱|收件箱)/u

/** The heading of a press release's contact block (`传媒查询`, `媒体联络`, `新闻联络人`): what it opens is the office's address, not the article. */
export const CONTACT_HEADING = /^\s*(?:传媒|媒体|新闻|记者)(?:查询|垂询|联络|联系|联络人|联系人)\s*:?\s*$/u

/** A banner framed by pictographs (`☀️高温预警☀️`, `🔥重磅🔥`): a post's decoration above its text. */
export const PICTOGRAPH_BANNER = /^\s*\p{Extended_Pictographic}.{1,16}\p{Extended_Pictographic}\uFE0F?\s*$/u

/** A subtitle set off by a dash right under the headline (`——访青年作家孟春生`). */
export const DASHED_SUBTITLE = /^\s*(?:—{1,2}|-{2})\s*\S/u

/**
 * A site's cookie notice: a site or "we" using cookies, carrying on browsing taken as consent, its buttons
 * (`本网站使用cookies以提升您的浏览体验`, `继续浏览即表示您同意…`, `We use cookies…`, `Accept Cookie Settings`).
 * Tested only on lines holding `cookie`; a report about cookie rules has neither the site's voice nor its buttons.
 */
export const COOKIE_NOTICE = /(?:我们|本网站?|本站|网站)\S{0,16}使用\s*cookie|继续(?:浏览|使用)\S{0,16}同意|\bwe use cookies|use of cookies|(?:接受|同意|accept)\S{0,8}\s*cookie|cookies?\s*(?:设置|设定|settings|偏好)/iu
// Longer than this, a line naming cookies is an article's paragraph.
export const COOKIE_NOTICE_MAX = 300
/** A notice has a sentence or two; a paragraph quoting one (`…跳出一行字：「本网站使用Cookie…」`) may have more. */
export const COOKIE_NOTICE_STOPS_MAX = 2
/** A story's opening: a bracketed byline or dateline (`〔记者林佩珊／台北报导〕`, `（本报记者 …）`, `【中央社讯】`); no site notice opens so. */
export const STORY_OPENER = /^\s*[(\[【〔][^)\]】〕]{0,16}(?:记者|报导|报道|讯|电)/u

/**
 * An article's end mark alone on its line: `（完）`, `【全文完】`, `－完－`, `—— END ——`, or a short phrase framed in dashes
 * (`—— 直播结束 ——`, a live blog's close).
 */
export const END_MARK_LINE = /^\s*(?:[(\[【]\s*(?:全文)?完\s*[)\]】]|[-—]{1,2}\s*(?:全文)?(?:完|end)\s*[-—]{1,2}|[-—]{2}\s*\p{Script=Han}{2,6}\s*[-—]{2}|end)\s*$/u
export const END_MARK_MAX = 14

/** A row of hashtags: `#固态电池#储能#锂电池`, `#徽州 #古村落 #秋天去哪儿`, `#一季报前瞻# #低空经济#`. */
export const HASHTAG_ROW = /^(?:\s*#[^#\s]{1,20}#?)+\s*$/u
export const HASHTAG_ROW_MAX = 100

/** A label the meta table does not know and all after it (`作者:周海涛 点击:1582`): where a field's value ends. */
export const OTHER_LABEL_TAIL = /\s+\p{L}{2,6}\s*:.*$/u

/** A forum poster's profile fields beside each post (regex alternatives, shared by the counter rule and the poster reader). */
export const PROFILE_FIELDS = 'uid|帖子|主题|精华|积分|威望|金钱|金币|贡献|经验|阅读权限|在线时间|注册时间|最后登录|发帖数|回帖数'
/**
 * An account card's stats, each a count beside its word in either order (`粉丝 1.2万 文章 386`, `1208 文章 5.6万 粉丝`,
 * `1.8万获赞 3.6万粉丝`, `粉丝：1.2万 文章：2356`): a line of nothing else is no headline (`…新开书店3.9万个` has other words).
 */
const PROFILE_STATS = '粉丝|文章|作品|获赞|被赞|关注|总阅读|阅读量|阅读|发文|视频|订阅'
// (A decimal needs its unit: `阅读 3.5` is no count. `10万+` is one.)
const STAT_COUNT = String.raw`\d+(?:,\d{3})*(?:\.\d+[万千亿wk]|[万千亿wk])?\+?`
/** The stats row's fields, one or more (regex source, no anchors): the counter rule and the account-card reader share it. */
export const ACCOUNT_STATS = String.raw`(?:(?:${PROFILE_STATS})\s*:?\s*${STAT_COUNT}\s*|${STAT_COUNT}\s*(?:${PROFILE_STATS})\s*)+`
/** An account card's follow button alone on its line (`+ 关注`, `+订阅`, `关注他`, `关注作者`). */
export const CARD_FOLLOW_BUTTON = /^\s*\+?\s*(?:关注|订阅)(?:他|她|ta|作者)?\s*$/iu
/** A profile field's label alone on its line, its value on the next (`积分` / `512`). */
export const PROFILE_LABEL = new RegExp(`^\\s*(?:${PROFILE_FIELDS})\\s*:?\\s*$`, 'iu')

/**
 * Counters and comment-box residue: `点击量:7264`, `阅读:131 评论:0`, `阅读 12.6万`, `0 条评论`; a forum poster's profile
 * fields beside each post: `帖子 156`, `积分 312`, `在线时间 52 小时`, `注册时间 2005-8-1`, or a row of them (`帖子 1863 积分 4021`);
 * under a card's headline, its views (`1.8万浏览`) or its writer and counts (`餐饮老兵 阅读 5,113 评论 37 赞 92`); a public
 * account's tail, its button and counts (`阅读原文 阅读 2.1万 赞 136 在看 58`).
 */
export const COUNTER_LINE = new RegExp(
  String.raw`^[\s【\[(]*((点击|阅读|浏览|评论|访问|人气|点赞|转发|收藏)(量|数|次数)?[:\s]*\d+(?:\.\d+[万千wk]|[万千wk])?[\s|,]*)+[\]】)]*$|^(?:(?:阅读|浏览|评论|点赞|赞|在看|转发|收藏)\s*\d+(?:,\d{3})*(?:\.\d+)?[万千wk]?\s*){2,}\p{Script=Han}{0,8}$|^\d+\s*(条评论|人参与|人评论|次阅读|人阅读|次浏览)|^\d+(?:\.\d+)?[万千wk]?\s*次?(?:浏览|阅读|播放|观看)$|^\S{2,12}\s+(?:(?:阅读|浏览|评论|赞|点赞|在看|收藏)\s*\d+(?:,\d{3})*(?:\.\d+)?[万千wk]?\s*){2,}$|^(?:${PROFILE_FIELDS})\s*:?\s*[\d\-/: ]+\s*(?:小时|分钟|点)?$|^(?:(?:${PROFILE_FIELDS})\s*:?\s*\d[\d\-/:]*\s*){2,}$|^${ACCOUNT_STATS}$`,
  'u',
)

/** A feed card's line under its headline: the account, a count, a time ago (`饲料之家1.2万阅读1天前`, `三农财经 8690阅读 · 2天前`). */
export const CARD_META = /^[^\s,。]{2,12}?\s*[·|]?\s*[\d.]+\s*[万千wk]?\s*次?(?:阅读|浏览|评论|播放|点赞)\s*[·|]?\s*(?:\d{1,2}\s*(?:分钟|小时|天|周|个月)前|刚刚|昨天|前天)$/u

/**
 * Field words a blog's meta row prints without colons (`作者 阿乐 发布于 2016年11月20日 分类 探店 标签 …`): a value
 * ends at the next one, and none is a value itself.
 */
export const FIELD_WORDS: readonly string[] = ['发布于', '发表于', '更新于', '分类', '标签', '阅读', '评论', '浏览', '栏目']

/**
 * Words of a link or button a page prints after the writer's name (`作者：许振国　进入股吧`, `查看TA的文章`): a second
 * name holding one is no name, and the names end there.
 */
export const INTERFACE_WORDS: readonly string[] = ['进入', '查看', '分享', '评论', '股吧', '打印', '收藏', '我要', '点击', '订阅', '返回', '关注', '登录', '下载', '更多']
export const INTERFACE_WORD = new RegExp(INTERFACE_WORDS.join('|'), 'u')

/** What an image credit names before its label (`题图来自：视觉中国`, `头图来源：…`): the picture's, never the article's source. */
export const IMAGE_CREDIT_WORDS: readonly string[] = ['题图', '头图', '配图', '封面', '封面图', '图片', '摄影']

/** Labels of metadata lines and the field each fills. */
/**
 * What a line with a meta label holds (metaFieldsOf reads no other line): every label ends in a colon or is 发布于/发表于, a
 * source before 《 (转载自《, 原载《, 刊于《…) or posted on; or it is a writer's or a source's label with a bar (META_BARS:
 * `文字丨何雨萌`, `来源丨东州日报`).
 */
export const META_MARKS: readonly string[] = [':', '发', '自《', '载《', '于《', '刊载于', 'osted']
export const META_BARS: readonly string[] = ['丨', '|', '/']

export const META_LABELS: readonly { field: 'source' | 'author' | 'date' | 'keywords' | 'editor'; label: RegExp }[] = [
  // Where a piece first ran is its source too (`原载《经济参考》`, `刊于《…》`, `原文刊载于…`), also glued after a date.
  // A post's header sets its source off by a bar as its writer's (`来源 | 极客前哨（ID：…）`, `出品丨…`): at the line's start only.
  // A government disclosure grid names the issuing office (`发布机构：`, `发布部门：`, `供稿单位：`).
  { field: 'source', label: /(?:(?:来源|来自|稿源|出处|消息来源|转载自|文章来源|信息来源|新闻来源|发布单位|发布机构|发布部门|来源单位|供稿单位|source)\s*[:]|(?:转载自|摘自|原载|刊于|刊发于|载于)(?=\s*《)|原文刊载于|^\s*(?:来源|出品)\s*[丨|｜])\s*/iu },
  // Writer labels take a bar or a slash too, as editor labels do (`文字丨何雨萌`, `作者｜林夏`); not after a word
  // (`只看该作者 | 倒序浏览` is a forum's button row) nor before a picture's or another field's label (`文字/图片：…`). Singapore and Malaysia label the reporter 报道/报导 (`报道：许嘉欣`), never
  // after a word (`据新华社报道：…` is a sentence).
  { field: 'author', label: /(?:(?:作者|撰文|撰稿|文字|作者署名|记者|通讯员|主笔|author|by|(?<!\p{Script=Han})报[道导])\s*[:]|(?<!\p{Script=Han})(?:作者|撰文|撰稿|文字|报[道导])\s*[丨|/](?!\s*(?:图|摄|编|审|视频|来源|出处|日期|时间)))\s*/iu },
  { field: 'date', label: /(?:(?:发布时间|发表时间|发布日期|发表日期|更新时间|时间|日期|published|date)\s*[:]|发布于|发表于|posted\s+on\b)\s*/iu },
  { field: 'keywords', label: /(?:关键词|关键字|标签|tags?|keywords?)\s*[:]\s*/iu },
  { field: 'editor', label: /(?:责任编辑|责编|编辑|编审)\s*[:丨|]\s*/iu },
]

/** A person's name as bylines give it: 2–4 Han characters (with · for transliterations), or a Latin name. */
export const PERSON_NAME = /^(?:[\p{Script=Han}]{2,4}(?:·[\p{Script=Han}]{1,6})?|[a-z][a-z.\-']{1,20}(?: [a-z][a-z.\-']{1,20}){0,3})$/iu

/** What may stand before 记者 or 通讯员: `首席记者`, `实习记者`, `摄影记者` (regex alternatives, shared by the byline readers). */
export const ROLE_QUALIFIERS = '特约|首席|见习|实习|摄影|全媒体|全媒|融媒体|融媒|大学生|学生|校园|小'

/** Every byline holds one of these (记者, 通讯员, 撰文, 作者, 评论员, 文/): a line without them is not searched. */
export const BYLINE_CHARS = /[记讯撰作评文]/u
/** How the name of an institution's unit ends: `心血管内科`, `党委宣传部`, `企业文化部`, `教务处`, `信息中心`, `机电工程系`, `秘书室公关组`. */
export const UNIT_ENDS = '科|室|部|处|办|办公室|中心|院|局|委|站|所|队|馆|系|组|学院|支部|党委|工会|团委|协会|公司|集团|医院|大学'
/** A credit line's date (`(2003年6月21日)`, `2003-06-21`), set before the credit itself: `(2003年6月21日) 宣教部供稿`. */
export const CREDIT_DATE = /^\(?\s*\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?\s*\)?\s*/u
/**
 * Who supplied the article, with the verb saying so: `(南屿海关 供稿)`, `宣教部供稿`, `(图片由本院提供)`. Only in brackets
 * may 提供 end it: a bare line ending in 提供 may be a heading (`为企业发展提供`).
 */
export const SUPPLIED_CREDIT = /^\(\s*(?:\p{Script=Han}{2,12}?\s*(?:供稿|供图|撰稿|提供)|(?:供稿|供图|撰稿)(?:单位)?\s*:\s*\p{Script=Han}{2,12})\s*\)$|^\p{Script=Han}{2,12}?\s*(?:供稿|供图|撰稿)$/u
/** A unit and its writers in brackets, set off by a space: `(宣教部 马丽华)`, `(心血管内科 周琳 李强)`. The names are read apart. */
export const UNIT_AND_NAMES = new RegExp(String.raw`^\(\s*\p{Script=Han}{1,12}?(?:${UNIT_ENDS})\s+(\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,2})\s*\)$`, 'u')
/**
 * One `role:name` credit of a line of them (`首席预报员:蔡文涛 值班预报员:孔宁`, `审核:张明`): a role ending in 员 or a
 * newsroom's checking role, then a name (keys are NFKC: the colon is ASCII). A contact's role (`联系人:`) is none.
 */
export const ROLE_CREDIT = /(\p{Script=Han}{0,6}员|审核|审校|校对|签发|监制|编审|责编|核稿)\s*:\s*(\p{Script=Han}{2,4})(?=\s|$)/gu
/**
 * A compiler's credit alone on its line, closing a round-up or a timeline (keys are NFKC: the brackets are ASCII):
 * `（陈立 整理）`, `（陈立、王芳 编译）`, `（陈立 辑）`, `（整理：陈立）`. Group 1 or 2: the names.
 */
export const COMPILER_CREDIT = /^\(\s*(?:(\p{Script=Han}{2,4}(?:[\s、,]+\p{Script=Han}{2,4}){0,2})\s*(?:综合整理|整理|编译|辑|供稿)|(?:整理|编译|辑)\s*[:/]\s*(\p{Script=Han}{2,4}(?:[\s、,]+\p{Script=Han}{2,4}){0,2}))\s*\)$/u
/**
 * `记者 王小明`, `本报记者 王小明 李华`, `(记者 格桑边觉)`, a joint newsroom's (`锦城晚报-锦观新闻记者 韦晓岚`, `大河报·豫视频记者 X`, `扬子晚报|紫牛新闻记者 X`),
 * `文/张三`, `文/安居房产网 林一`, `文/俱乐部新闻官 韦嘉`, `文/呼吸与危重症医学科 徐晓燕`, `文 / Kevin Lau`;
 * a two-character name padded to three characters' width (`记者 吴 敏`) is one name.
 */
export const BYLINE = new RegExp(
  String.raw`(?:^|[\s(【\[/:■□●◆]|[-·|](?<=(?:新闻|报|网|社|台|客户端)\s?[-·|])\s?)(?:本报|本台|本网|新华社|中新社|央广网|\p{Script=Han}{2,6}?(?:新闻|日报|晚报|网|报|社|台|客户端)|[\p{Script=Han}A-Za-z]{2,10}?(?=(?:${ROLE_QUALIFIERS})?记者))?(?:${ROLE_QUALIFIERS})?(?:(?:记者|通讯员|撰文|作者|评论员)\s*[:/|丨]?|(?:文\s*[/／]\s*图|图\s*[/／]\s*文|图文(?=\s*[:：]))\s*[:：]?(?:\p{Script=Han}{1,12}?(?:${UNIT_ENDS})\s+)?|文\s*[:/|丨]\s*(?:\p{Script=Han}{0,6}?(?:${ROLE_QUALIFIERS})?记者|\p{Script=Han}{1,12}?(?:新闻|日报|晚报|网|报|社|台|客户端|杂志|周刊|新闻官|撰稿人|主笔|评论员|研究员|专栏作者|特约作者|${UNIT_ENDS})\s+)?)\s*(\p{Script=Han}[ \u3000]\p{Script=Han}(?!\p{Script=Han})|(?:[\p{Script=Han}]{2,4}(?:·[\p{Script=Han}]{1,6})?)(?:[\s、,和及]+[\p{Script=Han}]{2,4}){0,3}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=$|[\s)\]】,。;/\d]|报道|报导|摄|发自|整理)`,
  'u',
)

/**
 * Words that follow 作者 or 记者 on a page without being a name: a link to the writer's other work
 * (`作者其他文章`, `作者其他作品`, `作者最新视频`, `作者文集`), a caption's `记者提问`, a comment's badge (`作者赞过`, `作者回复`, `置顶`).
 */
export const NOT_A_NAME = /^(?:(?:其他|其它|更多|最新|全部)?(?:文章|作品|视频|动态)|文集|简介|专栏|提问|回答|问答|来信|信箱|主页|博客|档案|介绍|相关|更多|最新|列表|登录|注册|招聘|排行|留言|投稿|原创|独家|首发|置顶|精选|转载|关注|热门|头条|快讯|赞过|回复|点赞)$|(?:文章|文集|简介|专栏|主页|博客)$/u

/**
 * The roles a credit line sets before each value (`（文/刘畅 图/化学与材料学院 编辑/王敏 审核/张建国）`), as university,
 * government and company news close: the writer's first (文, 文字), then the pictures' and the checkers'. Longest first.
 */
export const CREDIT_ROLES: readonly string[] = ['文字', '文', '撰文', '撰稿', '图片', '图', '摄影', '摄像', '视频', '编辑', '责编', '审核', '审校', '校对', '初审', '复审', '终审', '监制',
  '数据支持', '设计', '排版', '美编', '统筹', '策划']
export const WRITER_ROLES: readonly string[] = ['文字', '文', '撰文', '撰稿']
/**
 * A credit role and its separator (the key is NFKC: `／` and `：` are `/` and `:`), at the line's start or after a space or
 * the bar between fields (`撰文：周启航｜数据支持：Choice数据`).
 */
export const CREDIT_LABEL = new RegExp(`(?<=^|[\\s|丨])(${CREDIT_ROLES.join('|')})\\s*[/:]\\s*`, 'gu')
/** Brackets around a whole credit line. */
export const CREDIT_BRACKETS = /^\s*[(\[【]\s*|\s*[)\]】]\s*$/gu

/**
 * Words a byline prints after the writer's name that are no co-author: the next credit's role (`文／… 林佳颖 摄影／蔡承翰`)
 * and a counter's label (`文/图：张丽 阅读 3,862`), an image credit's word (`作者：苏木，题图来自：视觉中国`).
 */
export const NOT_A_COAUTHOR = /^(?:摄影|摄像|摄|图|图片|题图|头图|配图|封面|视频|编辑|责编|审核|审校|校对|监制|阅读|浏览|点击|评论|人气)$/u

/** A platform's author card under the headline: `史海拾贝君 9.8万粉丝 关注`, `老张说车 1.2w粉丝 · 356获赞 +关注`; the handle is the author. */
export const AUTHOR_CARD = /^(\S{2,12})\s+[\d.]+\s*[万千wk]?\s*粉丝(?:\s*[·|]?\s*[\d.]+\s*[万千wk]?\s*(?:获赞|文章|作品|关注|视频))*\s*(?:\+\s*)?(?:关注)?\s*$/u

/** Counters after a date on a date line (`6543阅读 · 212喜欢 · 45评论`, `阅读 1.2万`): they are no words of a headline. */
export const COUNTERS = /[\d.]+\s*[万千wk]?\s*(?:次|人)?(?:阅读|浏览|喜欢|评论|点赞|收藏|转发|分享|播放|回复|看过)|(?:阅读|浏览|评论|点赞|收藏|转发|播放|回复)(?:量|数)?\s*:?\s*[\d.]+\s*[万千wk]?/gu

/**
 * Fields a platform prints beside the byline or the date in sibling elements, glued on once flattened: where the post
 * was made (`IP属地：北京`), an update time (`更新于3小时前`, `最后更新 2024-03-10 22:18`) and counters, also with
 * thousands or in brackets (`阅读 2.3万`, `阅读 (3,412)`, `评论 1,203`, `我要评论(12)`). They are no part of the name or date before
 * them (`记者 林晓岚阅读 2.3万`, `记者 冯一帆2024-03-10 22:18更新于3小时前`, `记者 宋佳2024-11-20 15:30IP属地：北京`).
 */
export const GLUED_FIELDS = /ip属地\s*:?\s*\p{Script=Han}{2,5}|(?:更新于|最后更新|更新时间)\s*:?\s*(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚|(?:昨天|前天|今天)\s*(?:\d{1,2}:\d{2})?|(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2})|(?:我要)?(?:阅读|浏览|评论|点赞|在看)(?:量|数)?\s*:?\s*\(?\s*\d[\d,]*(?:\.\d+)?\s*[万千wk]?\s*\)?/giu

/** An organisation before a name (`东方证券 周立新`), or a profession after one's employer (`东方证券分析师`): no name. */
// A college's department (`机电工程系`), a team (`公关组`) and an office (`秘书室`) are units as a 处 or a 部 is.
export const ORGANISATION = /(?:证券|银行|基金|保险|公司|集团|大学|学院|研究院|研究所|研究中心|事务所|医院|日报|晚报|报社|杂志社|新闻|网|社|台|部|处|办|局|厅|中心|协会|学会|委|室|系|组)$/u
export const PROFESSION = /(?:分析师|研究员|首席|教授|讲师|律师|医生|医师|主任|经理|总监|总裁|董事长|工程师|主编|顾问)$/u

/**
 * A columnist's byline: a bullet, the name, a bracketed role (`□司徒嘉怡（媒体人）`); without the role only a
 * two- or three-character name (`■张嘉怡`), since four characters after a bullet are mostly a header (`■相关链接`).
 * Not ◎: it marks a poem's or a feature's section (`◎燕子`).
 */
export const BULLET_BYLINE = /^\s*[□■●◆◇]\s*(?:(\p{Script=Han}{2,4}(?:·\p{Script=Han}{1,6})?)\s*\([^()]{1,12}\)|(\p{Script=Han}{2,3}))\s*$/u

/**
 * The line a broadcaster prints under the writer's name, alone on the line above: the role and the place
 * (`韩雪` / `北欧之声中文记者，斯德哥尔摩`), or a contributor's role (`BBC中文特约撰稿人`). The key is NFKC: the comma is ASCII.
 */
export const ROLE_UNDER_NAME = /^[\p{Script=Han}A-Za-z]{2,12}?(?:(?:记者|通讯员|评论员),\s*\p{Script=Han}{2,8}|撰稿人)$/u

/** A month and its day as bylines print them after a Latin name (`Mar 5, 2024`): the name ends before it. */
const MONTH_DAY = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d`
/** A Latin name, not taking a month in (`Jenny Wang Mar 5, 2024`: the name is Jenny Wang). */
const LATIN_NAME = String.raw`[A-Z][a-z]+(?:[ -](?!${MONTH_DAY})[A-Z][a-z]+){0,3}`
/** An English byline: `By John Smith`, or with the date after it (`By Jenny Wang | Mar 5, 2024`, `By Jenny Wang Mar 5, 2024`). */
export const ENGLISH_BYLINE = new RegExp(String.raw`^\s*(?:by|By|BY)\s+(${LATIN_NAME})(?=\s*$|\s*[|·•,–—]|\s+(?:${MONTH_DAY}|\d))`, 'u')
/** A labelled Latin name with the date after it: `Jenny Wang Mar 5, 2024 10:42 AM PT`; group 1 is the name. */
export const LATIN_NAME_BEFORE_DATE = new RegExp(String.raw`^(${LATIN_NAME})\s+(?:${MONTH_DAY}|\d)`, 'u')

/**
 * A newsroom role between or before names: `通讯员`, `首席记者`, `东江网记者`, `新华社记者`. An outlet's
 * name may lead it (it ends in 网, 报, 社, 台 or 刊); the role and its outlet are no part of a name.
 */
export const NEWSROOM_ROLE = new RegExp(`(?:[\\u4e00-\\u9fff]{1,8}?(?:新闻|网|报|社|台|刊))?(?:${ROLE_QUALIFIERS})?(?:记者|通讯员|实习生|评论员)`, 'gu')

/**
 * Cities a reporter files from, as bylines print them glued between the name and 报道 (`（记者梁晨巴黎报道）`,
 * `本报记者王晓东北京报道`): the mainland's provincial capitals and large cities, Hong Kong, Macau and Taiwan's, and
 * the cities abroad Chinese papers and wires keep correspondents in.
 */
export const DATELINE_PLACES: readonly string[] = [
  '北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '南京', '武汉', '成都', '西安', '长沙', '郑州', '济南', '青岛',
  '沈阳', '大连', '长春', '哈尔滨', '石家庄', '太原', '呼和浩特', '合肥', '福州', '厦门', '南昌', '南宁', '海口', '三亚',
  '贵阳', '昆明', '拉萨', '兰州', '西宁', '银川', '乌鲁木齐', '苏州', '宁波', '无锡', '温州', '东莞', '佛山', '珠海',
  '雄安', '香港', '澳门', '台北', '高雄', '台中', '台南',
  '巴黎', '伦敦', '柏林', '纽约', '华盛顿', '东京', '首尔', '莫斯科', '罗马', '马德里', '布鲁塞尔', '日内瓦', '维也纳',
  '悉尼', '墨尔本', '多伦多', '温哥华', '洛杉矶', '旧金山', '新加坡', '吉隆坡', '曼谷', '雅加达', '河内', '新德里',
  '开罗', '迪拜', '渥太华', '堪培拉', '惠灵顿', '约翰内斯堡', '内罗毕', '联合国', '法兰克福', '米兰', '阿姆斯特丹',
  '斯德哥尔摩', '华沙', '雅典', '伊斯坦布尔', '德黑兰', '利雅得', '多哈', '耶路撒冷', '里约热内卢', '圣保罗',
  '布宜诺斯艾利斯', '墨西哥城', '芝加哥', '休斯敦', '马尼拉', '金边', '万象', '仰光', '伊斯兰堡', '阿斯塔纳',
]

/** Provinces and regions that a post's "IP 属地" shows after its time (`发布于 2024-01-08 10:00 浙江`): no source. */
export const IP_REGIONS: readonly string[] = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东',
  '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏',
  '宁夏', '新疆', '香港', '澳门', '海外', '未知',
]

/** A photo caption in a dump, by its shape (matched on the NFKC key of a short line). */
export const CAPTION_SHAPES: readonly RegExp[] = [
  // Ends in the photographer's credit: `古镇清晨的河埠头。周默 摄`, `本网记者 赵明远 摄`, `（新华社记者 李贺 摄）`, `蔡雪婧/摄`, `（David Wong摄）`.
  /(?:(?:^|[。.!?;\s])\s*(?:[\p{Script=Han}]{0,8}(?:记者|通讯员)\s*[\p{Script=Han}]{2,4}|[\p{Script=Han}]{2,4}(?:[\s、]+[\p{Script=Han}]{2,4})*\s*[\s/|])\s*摄影?|\([^()]{0,12}(?:[\p{Script=Han}]{2,4}|[a-z][a-z .'-]{1,30})\s*[/|]?\s*摄影?\s*\))\s*$/u,
  // Ends in a labelled credit: `发布会现场。摄影：秦朗`, `（图源：微博@林若溪）`, `图片来源：pixabay`, `（图/视频截图）`.
  /(?:^|[。.!?;\s(])\s*(?:摄影|图源|图片来源|图片来自|配图来源|图)\s*[:/][^():。]{1,24}\)?\s*$/u,
  // Ends in a reporter's picture credit or a bracketed source: `…记者 张晨 图`, `（资料图片）`, `（视频截图）`, `（档案照片）`, `（读者提供）`.
  /(?:(?:^|[。.!?;\s])\s*[\p{Script=Han}]{0,8}(?:记者|通讯员)\s*[\p{Script=Han}]{2,4}\s*[/|]?\s*(?:供图|图)|\((?:资料图片?|网络图片|视频截图|档案照片|资料(?:照片|相片)|[\p{Script=Han}]{2,8}供图|[\p{Script=Han}]{1,8}提供)\))\s*$/u,
  // Credits the pictures: `（本文图片均由本报记者周默拍摄）`.
  /^\s*\(?\s*(?:本文|文中|以上)?(?:图片|照片|配图)[^()]{0,30}(?:拍摄|提供|供图)\s*\)?\s*$/u,
  // Opens as a caption does: `▲网友评论截图`, `↑ 自家炸的辣椒油` (pointing at the picture above), `图为市民在公园晨练`, `图像来源，Getty Images`.
  /^\s*(?:[▲△↑]|图为|图像(?:来源|加注文字)\s*[,:])/u,
  // Names its picture: `管制路段示意图`, `清代驿路示意图，仅供参考`, `《剑鸣山河》实机演示截图`.
  /(?:示意图(?:\s*,\s*仅供参考)?|截图)\s*$/u,
  // Numbers or labels its picture: `图：长期观测站表层水温的年际变化`, `图2：…`.
  /^\s*图\s*\d{0,2}\s*:/u,
]
/** The longest line taken for a caption. */
/** Who stands where in the picture: `周长林（左二）在驿站讲解政策。`, `杜一凡（中）庆祝进球`, `（前排右一）`, `林一诺（左）、顾晓蔓亮相`. */
export const PHOTO_POSITION = /\((?:前排|后排|中排|第[一二三四五\d]排)?(?:左|右)[一二三四五六七八九十\d]{0,2}\)|\((?:前排|后排)?中\)/u
/**
 * An uncredited caption as dumps print it, a short line with no punctuation that names a scene: ending in
 * 现场/合影/留影/海报 (`竣工投产仪式现场`), or someone somewhere inside doing something (`村民在大棚内采摘香菇`).
 */
export const SCENE_CAPTION = /(?:现场|合影|留影|海报)$|^\p{Script=Han}{2,8}在\p{Script=Han}{1,10}?(?:内|里|旁|前)\p{Script=Han}{2,10}$/u
export const SCENE_CAPTION_MAX = 24
/** A caption naming positions is one sentence at most this long. */
export const POSITION_CAPTION_MAX = 60

export const CAPTION_MAX = 80

/** A photo credit: `蔡雪婧/摄`, `摄影:王强`, `(张三 摄)`; a role before the name is no part of it (`（记者林佳慧摄）`, `摄影记者 王强 摄`). */
export const PHOTO_CREDIT = new RegExp(String.raw`(?:(?:(?:${ROLE_QUALIFIERS})?(?:记者|通讯员)\s*)?([\p{Script=Han}]{2,4})\s*[/|]?\s*摄(?:影)?(?![\p{Script=Han}:])|摄影\s*[:/]\s*([\p{Script=Han}]{2,4}))`, 'u')

/**
 * A forum post header: `ggjjzhzz 发表于 2005-9-15 11:46:00`, `作者: 老王 发表于 …`, `楼主 阿强面馆 发表于 …`, `沙发 老王 发表于 …`;
 * the poster's name, when the header has one (`楼主 只看该作者 发表于 …` names nobody).
 */
/** The buttons of a post's action bar (`关注 6点赞 踩 41收藏 0评论 分享`, a public account's `分享 收藏 赞 56 在看 18`), as a global pattern to count and strip. */
export const ACTION_WORDS = /关注|点赞|收藏|评论|分享|转发|举报|打赏|赞赏|在看|踩|赞/gu

/** A follow button, alone (`关注他`, `+ 关注`) or after the account's name (`半山听雨 关注`): group 1 is the name. */
export const FOLLOW_BUTTON = /^\s*(?:([\p{L}\d_.\-]{2,12})\s+)?\+?\s*关注(?:他|她|ta|作者|我)?\s*$/iu

/**
 * All a line holds beside its date when it is the post's own date line, wherever it stands (Zhihu prints it under the
 * article: `编辑于 2022-05-14 16:20・IP 属地上海`): a publish or edit label and the posting place. No headline. (Keys keep their case: `IP`.)
 */
export const POSTED_WORDS_ONLY = /^(?:(?:发布|编辑|发表|更新|修改)于)?\s*[·・|]?\s*(?:ip\s*属地\s*:?\s*\p{Script=Han}{2,6})?$/iu

/** A date line saying where it was posted from but not by whom: `2022-06-18 11:05发布于北京`. */
export const POSTED_UNNAMED = /^[\d\s:/年月日-]+(?:发布|发表)于/u

/** A forum user's handle: letters, digits and `_ . -`, no spaces (`青蛙王子2005`, `江畔垂钓翁`). */
export const POSTER_HANDLE = /^(?=.*\p{L})[\p{L}\d_.\-]{2,20}$/u

export const FORUM_POSTER =
  /^(?:作者\s*:\s*|(?:楼主|沙发|板凳|地板|\d{1,4}\s*(?:楼|#))\s*)?(?:(?:只看该作者|只看楼主|倒序浏览|电梯直达)\s+)*(?:(?!(?:楼主|沙发|板凳|地板|只看该作者|只看楼主)\s*发表于)([\p{Script=Han}a-z0-9_.\-]{2,20})\s*)?发表于/iu


// Card lists and box headings below the article (read by classify/index.ts's list functions).

/**
 * A public account's related heading, what readers of this also liked or read: `喜欢此内容的人还喜欢`, `看过这篇文章的人还看了`,
 * `读过本文的人也读了` (letters only).
 */
export const READERS_ALSO_HEADING = /^(?:喜欢|看过|看了|读过|读了)(?:此|这篇|本|该)(?:内容|文章|文|篇|视频)?的人(?:还|也)(?:喜欢|看了|看过|在看|读了)$/u

/** A card's type badge alone on a line above or below its headline (`图文`, `视频`, `专题`), letters only. */
export const CARD_BADGES: readonly string[] = ['图文', '视频', '专题', '直播', '图集', '组图', '音频', '专栏']

/** A card's dismiss button alone on a line (`不喜欢`, `×`), the key trimmed. */
export const CARD_DISMISS: readonly string[] = ['不喜欢', '不感兴趣', '×', '✕', 'x']

/**
 * A box's heading of Han words no rule took for a related heading (`直播回顾`, `娱乐排行榜`, `精彩专题`, `热点推荐`), letters
 * only: it ends a comment section above it (classify's and the related list's).
 */
export const BOX_HEADING = /^\p{Script=Han}{0,8}(?:排行榜?|榜单?|推荐|热点|专题|专栏|回顾|精选|视频|直播|新闻|阅读|资讯)$/u

/** A topic box's heading among a list's items (`国庆60周年专题`, `两会专栏`), letters and digits only: its items are the topic's articles. */
export const BOX_TOPIC_HEADING = /^[\p{Script=Han}\d]{2,14}(?:专题|专栏)$/u

/**
 * A box of topic pages, its heading naming no topic (`专题专栏`, `热点专题`, `专题`): its links name campaigns and columns
 * (`科技特派员在行动`, `优化营商环境`), not other articles.
 */
export const TOPICS_BOX_HEADING = /^\p{Script=Han}{0,4}(?:专题|专栏){1,2}$/u
