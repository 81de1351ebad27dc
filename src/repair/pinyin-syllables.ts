/**
 * The Mandarin syllable inventory, tone-less, one row per initial.
 *
 * `ü` is written as `ü` (lü, nüe); j/q/x/y syllables use the standard `u` (ju, que, yuan).
 * Rare but real syllables are kept (dia, den, nou, kei, zhei, shei, fiao, nun, lo, yo) because
 * converters print them for rare readings; a missing syllable would leave a note behind.
 */
export const PINYIN_SYLLABLES: readonly string[] = [
  // zero initial
  'a ai an ang ao e ei en eng er o ou',
  'yi ya yao ye you yan yin yang ying yong yu yue yuan yun yo',
  'wu wa wo wai wei wan wen wang weng',
  'ba bo bai bei bao ban ben bang beng bi biao bie bian bin bing bu',
  'pa po pai pei pao pou pan pen pang peng pi piao pie pian pin ping pu',
  'ma mo me mai mei mao mou man men mang meng mi miao mie miu mian min ming mu',
  'fa fo fei fou fan fen fang feng fu fiao',
  'da de dai dei dao dou dan den dang deng dong di dia diao die diu dian ding du duo dui duan dun',
  'ta te tai tei tao tou tan tang teng tong ti tiao tie tian ting tu tuo tui tuan tun',
  'na ne nai nei nao nou nan nen nang neng nong ni niao nie niu nian nin niang ning nu nuo nuan nun nü nüe',
  'la le lai lei lao lou lan lang leng long li lia liao lie liu lian lin liang ling lu luo luan lun lü lüe lo',
  'ga ge gai gei gao gou gan gen gang geng gong gu gua guo guai gui guan gun guang',
  'ka ke kai kei kao kou kan ken kang keng kong ku kua kuo kuai kui kuan kun kuang',
  'ha he hai hei hao hou han hen hang heng hong hu hua huo huai hui huan hun huang',
  'ji jia jiao jie jiu jian jin jiang jing jiong ju jue juan jun',
  'qi qia qiao qie qiu qian qin qiang qing qiong qu que quan qun',
  'xi xia xiao xie xiu xian xin xiang xing xiong xu xue xuan xun',
  'zha zhe zhi zhai zhei zhao zhou zhan zhen zhang zheng zhong zhu zhua zhuo zhuai zhui zhuan zhun zhuang',
  'cha che chi chai chao chou chan chen chang cheng chong chu chua chuo chuai chui chuan chun chuang',
  'sha she shi shai shei shao shou shan shen shang sheng shu shua shuo shuai shui shuan shun shuang',
  're ri rao rou ran ren rang reng rong ru rua ruo rui ruan run',
  'za ze zi zai zei zao zou zan zen zang zeng zong zu zuo zui zuan zun',
  'ca ce ci cai cao cou can cen cang ceng cong cu cuo cui cuan cun',
  'sa se si sai sao sou san sen sang seng song su suo sui suan sun',
].join(' ').split(' ')

/**
 * Interjection syllables with no ordinary vowel (嗯 ńg, 呣 m̀, 哼 hng, 欸 ê).
 * Accepted only with a tone mark: a bare `(n)` or `(m)` after a character is more likely a variable.
 */
export const TONED_ONLY_SYLLABLES: readonly string[] = ['ê', 'm', 'n', 'ng', 'hm', 'hng']
