package kr.catalog.sample;

import java.util.List;

/**
 * The words the generator builds a catalog from: the category tree of an industrial-supplies
 * catalog, well-known makers with their Korean names and the aliases people really use, and
 * syllables for the many smaller Korean makers.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A leaf category with the product noun used in names. */
  record Leaf(String ko, String en, String nounKo, String nounEn) {}

  /**
   * A top category with its leaves and the ranges its products take.
   *
   * @param gramsMin lightest product, grams
   * @param gramsMax heaviest product, grams
   * @param mmMin shortest, millimetres
   * @param mmMax longest, millimetres
   * @param priceMin cheapest, KRW without VAT
   * @param priceMax dearest, KRW without VAT
   * @param specs a spec name and its possible values, for one extra spec per product
   */
  record Top(
      String ko,
      String en,
      List<Leaf> leaves,
      int gramsMin,
      int gramsMax,
      int mmMin,
      int mmMax,
      long priceMin,
      long priceMax,
      String specName,
      List<String> specValues) {}

  static final List<Top> TOPS =
      List.of(
          new Top(
              "전동공구",
              "Power Tools",
              List.of(
                  new Leaf("드릴/드라이버", "Drills & Drivers", "충전 드릴 드라이버", "Cordless Drill Driver"),
                  new Leaf("그라인더", "Grinders", "앵글 그라인더", "Angle Grinder"),
                  new Leaf("원형톱", "Circular Saws", "원형톱", "Circular Saw"),
                  new Leaf("해머드릴", "Rotary Hammers", "로터리 해머드릴", "Rotary Hammer"),
                  new Leaf("샌더", "Sanders", "랜덤 오비탈 샌더", "Random Orbit Sander"),
                  new Leaf("임팩트렌치", "Impact Wrenches", "충전 임팩트 렌치", "Cordless Impact Wrench")),
              800,
              9000,
              150,
              600,
              45_000,
              1_200_000,
              "전압",
              List.of("10.8V", "12V", "18V", "36V", "220V")),
          new Top(
              "수공구",
              "Hand Tools",
              List.of(
                  new Leaf("렌치/스패너", "Wrenches & Spanners", "콤비네이션 스패너", "Combination Spanner"),
                  new Leaf("드라이버", "Screwdrivers", "정밀 드라이버", "Precision Screwdriver"),
                  new Leaf("플라이어", "Pliers", "롱노우즈 플라이어", "Long Nose Pliers"),
                  new Leaf("망치", "Hammers", "고무 망치", "Rubber Mallet"),
                  new Leaf("소켓", "Sockets", "소켓 세트", "Socket Set")),
              40,
              3000,
              80,
              500,
              3_000,
              350_000,
              "재질",
              List.of("CR-V", "S2", "크롬몰리브덴", "탄소강")),
          new Top(
              "측정공구",
              "Measuring Tools",
              List.of(
                  new Leaf("버니어캘리퍼스", "Calipers", "디지털 버니어캘리퍼스", "Digital Caliper"),
                  new Leaf("마이크로미터", "Micrometers", "외측 마이크로미터", "Outside Micrometer"),
                  new Leaf("줄자", "Tape Measures", "스틸 줄자", "Steel Tape Measure"),
                  new Leaf("수평기", "Levels", "알루미늄 수평기", "Aluminium Level"),
                  new Leaf("테스터기", "Testers", "디지털 멀티미터", "Digital Multimeter")),
              50,
              2500,
              100,
              2000,
              8_000,
              2_500_000,
              "정밀도",
              List.of("±0.01mm", "±0.02mm", "±0.5mm", "±1mm", "0.5%")),
          new Top(
              "절삭공구",
              "Cutting Tools",
              List.of(
                  new Leaf("드릴비트", "Drill Bits", "HSS 드릴비트", "HSS Drill Bit"),
                  new Leaf("엔드밀", "End Mills", "초경 엔드밀", "Carbide End Mill"),
                  new Leaf("탭", "Taps", "스파이럴 탭", "Spiral Tap"),
                  new Leaf("절단석", "Cutting Discs", "절단석", "Cutting Disc"),
                  new Leaf("톱날", "Saw Blades", "팁쏘 톱날", "TCT Saw Blade")),
              5,
              1500,
              30,
              400,
              1_500,
              480_000,
              "규격",
              List.of("M3", "M4", "M5", "M6", "M8", "M10", "M12", "Ø6", "Ø10", "Ø13")),
          new Top(
              "안전용품",
              "Safety",
              List.of(
                  new Leaf("안전모", "Safety Helmets", "ABS 안전모", "ABS Safety Helmet"),
                  new Leaf("보안경", "Safety Glasses", "투명 보안경", "Clear Safety Glasses"),
                  new Leaf("안전화", "Safety Shoes", "단화 안전화", "Low-cut Safety Shoes"),
                  new Leaf("작업장갑", "Work Gloves", "코팅 작업장갑", "Coated Work Gloves"),
                  new Leaf("방진마스크", "Respirators", "방진 마스크", "Dust Respirator")),
              20,
              1800,
              60,
              350,
              1_000,
              180_000,
              "인증",
              List.of("KCs", "KC", "CE", "ANSI Z87.1", "EN166")),
          new Top(
              "용접기기",
              "Welding",
              List.of(
                  new Leaf("아크용접기", "Arc Welders", "인버터 아크용접기", "Inverter Arc Welder"),
                  new Leaf("CO2용접기", "MIG Welders", "CO2 용접기", "MIG Welder"),
                  new Leaf("용접봉", "Electrodes", "피복 용접봉", "Coated Electrode"),
                  new Leaf("용접면", "Welding Helmets", "자동 용접면", "Auto-darkening Welding Helmet")),
              300,
              45000,
              200,
              900,
              12_000,
              4_800_000,
              "정격전류",
              List.of("120A", "160A", "200A", "250A", "350A")),
          new Top(
              "공압/유압",
              "Pneumatic & Hydraulic",
              List.of(
                  new Leaf("에어공구", "Air Tools", "에어 임팩트 렌치", "Air Impact Wrench"),
                  new Leaf("컴프레서", "Compressors", "오일리스 컴프레서", "Oil-free Compressor"),
                  new Leaf("유압잭", "Hydraulic Jacks", "유압 보틀잭", "Hydraulic Bottle Jack"),
                  new Leaf("공압실린더", "Pneumatic Cylinders", "공압 실린더", "Pneumatic Cylinder"),
                  new Leaf("피팅", "Fittings", "원터치 피팅", "Push-in Fitting")),
              10,
              60000,
              20,
              1200,
              2_000,
              3_500_000,
              "사용압력",
              List.of("0.7MPa", "0.9MPa", "1.0MPa", "70MPa")),
          new Top(
              "전기/조명",
              "Electrical & Lighting",
              List.of(
                  new Leaf("작업등", "Work Lights", "LED 작업등", "LED Work Light"),
                  new Leaf("릴선", "Cord Reels", "전선 릴", "Cord Reel"),
                  new Leaf("차단기", "Circuit Breakers", "누전 차단기", "Earth Leakage Breaker"),
                  new Leaf("케이블", "Cables", "VCTF 케이블", "VCTF Cable")),
              50,
              12000,
              50,
              1500,
              4_000,
              650_000,
              "정격",
              List.of("220V 15A", "220V 30A", "20W", "50W", "100W")),
          new Top(
              "소모품",
              "Consumables",
              List.of(
                  new Leaf("접착제", "Adhesives", "순간 접착제", "Instant Adhesive"),
                  new Leaf("윤활제", "Lubricants", "방청 윤활제", "Anti-rust Lubricant"),
                  new Leaf("테이프", "Tapes", "절연 테이프", "Insulating Tape"),
                  new Leaf("연마재", "Abrasives", "사포", "Sandpaper"),
                  new Leaf("케이블타이", "Cable Ties", "케이블 타이", "Cable Tie")),
              5,
              5000,
              10,
              500,
              500,
              95_000,
              "용량",
              List.of("20g", "50ml", "360ml", "100매", "500ea")));

  /**
   * A well-known maker.
   *
   * @param country ISO alpha-2 of its home
   * @param tops indexes into {@link #TOPS} it sells in
   * @param aliases spellings no rule derives, which the master therefore lists
   */
  record KnownMaker(
      String id, String ko, String en, String country, List<Integer> tops, List<String> aliases) {}

  static final List<KnownMaker> KNOWN_MAKERS =
      List.of(
          new KnownMaker("bosch", "보쉬", "Bosch", "DE", List.of(0, 3, 2), List.of("Robert Bosch")),
          new KnownMaker("makita", "마끼다", "Makita", "JP", List.of(0, 3), List.of("마키타")),
          new KnownMaker("dewalt", "디월트", "DeWalt", "US", List.of(0, 3), List.of("데월트", "De Walt")),
          new KnownMaker("milwaukee", "밀워키", "Milwaukee", "US", List.of(0, 1), List.of()),
          new KnownMaker(
              "hikoki", "하이코기", "HiKOKI", "JP", List.of(0), List.of("Hitachi Koki", "히타치")),
          new KnownMaker("hilti", "힐티", "Hilti", "CH", List.of(0, 3), List.of()),
          new KnownMaker("metabo", "메타보", "Metabo", "DE", List.of(0), List.of()),
          new KnownMaker("festool", "페스툴", "Festool", "DE", List.of(0), List.of()),
          new KnownMaker("keyang", "계양전기", "Keyang Electric", "KR", List.of(0, 7), List.of("계양")),
          new KnownMaker(
              "stanley", "스탠리", "Stanley", "US", List.of(1, 2), List.of("Stanley Black & Decker")),
          new KnownMaker("knipex", "크니펙스", "Knipex", "DE", List.of(1), List.of()),
          new KnownMaker("wera", "베라", "Wera", "DE", List.of(1), List.of()),
          new KnownMaker("wiha", "비하", "Wiha", "DE", List.of(1), List.of()),
          new KnownMaker("snap-on", "스냅온", "Snap-on", "US", List.of(1), List.of()),
          new KnownMaker("top-kogyo", "탑공업", "TOP Kogyo", "JP", List.of(1), List.of()),
          new KnownMaker("mitutoyo", "미쓰도요", "Mitutoyo", "JP", List.of(2), List.of("미츠토요")),
          new KnownMaker("fluke", "플루크", "Fluke", "US", List.of(2, 7), List.of()),
          new KnownMaker("hioki", "히오키", "Hioki", "JP", List.of(2), List.of()),
          new KnownMaker("bluebird", "블루버드", "Bluebird", "KR", List.of(2), List.of()),
          new KnownMaker("yg-1", "와이지원", "YG-1", "KR", List.of(3), List.of()),
          new KnownMaker("osg", "오에스지", "OSG", "JP", List.of(3), List.of()),
          new KnownMaker("nachi", "나찌", "Nachi", "JP", List.of(3), List.of("나치")),
          new KnownMaker("3m", "쓰리엠", "3M", "US", List.of(4, 8), List.of("한국쓰리엠")),
          new KnownMaker("honeywell", "하니웰", "Honeywell", "US", List.of(4), List.of()),
          new KnownMaker("kukje", "국제안전", "Kukje Safety", "KR", List.of(4), List.of()),
          new KnownMaker(
              "lincoln-electric", "링컨일렉트릭", "Lincoln Electric", "US", List.of(5), List.of()),
          new KnownMaker("esab", "에삽", "ESAB", "SE", List.of(5), List.of()),
          new KnownMaker(
              "hyundai-welding", "현대종합금속", "Hyundai Welding", "KR", List.of(5), List.of()),
          new KnownMaker("smc", "에스엠씨", "SMC", "JP", List.of(6), List.of()),
          new KnownMaker("ckd", "씨케이디", "CKD", "JP", List.of(6), List.of()),
          new KnownMaker("kyungwon", "경원기계", "Kyungwon Machinery", "KR", List.of(6), List.of()),
          new KnownMaker(
              "schneider", "슈나이더일렉트릭", "Schneider Electric", "FR", List.of(7), List.of()),
          new KnownMaker(
              "ls-electric", "엘에스일렉트릭", "LS Electric", "KR", List.of(7), List.of("LS산전")),
          new KnownMaker("wd-40", "더블유디40", "WD-40", "US", List.of(8), List.of()),
          new KnownMaker("loctite", "록타이트", "Loctite", "DE", List.of(8), List.of("Henkel Loctite")),
          new KnownMaker("sia-abrasives", "시아", "sia Abrasives", "CH", List.of(8, 3), List.of()));

  /** Syllables for smaller makers: Korean and their romanisation. */
  static final List<String[]> SYLLABLES =
      List.of(
          new String[] {"한", "Han"},
          new String[] {"일", "Il"},
          new String[] {"대", "Dae"},
          new String[] {"성", "Seong"},
          new String[] {"동", "Dong"},
          new String[] {"신", "Shin"},
          new String[] {"우", "Woo"},
          new String[] {"진", "Jin"},
          new String[] {"영", "Young"},
          new String[] {"화", "Hwa"},
          new String[] {"광", "Gwang"},
          new String[] {"명", "Myung"},
          new String[] {"세", "Se"},
          new String[] {"정", "Jeong"},
          new String[] {"태", "Tae"},
          new String[] {"흥", "Heung"},
          new String[] {"삼", "Sam"},
          new String[] {"미", "Mi"},
          new String[] {"부", "Bu"},
          new String[] {"원", "Won"},
          new String[] {"창", "Chang"},
          new String[] {"금", "Geum"},
          new String[] {"용", "Yong"},
          new String[] {"상", "Sang"},
          new String[] {"보", "Bo"},
          new String[] {"천", "Cheon"},
          new String[] {"경", "Gyeong"},
          new String[] {"수", "Su"},
          new String[] {"남", "Nam"},
          new String[] {"유", "Yu"},
          new String[] {"제", "Je"},
          new String[] {"선", "Seon"},
          new String[] {"오", "O"},
          new String[] {"인", "In"},
          new String[] {"평", "Pyeong"},
          new String[] {"안", "An"},
          new String[] {"극", "Geuk"},
          new String[] {"효", "Hyo"},
          new String[] {"강", "Kang"},
          new String[] {"륭", "Ryung"});

  /** Trade words for smaller makers' names: Korean and English. */
  static final List<String[]> TRADES =
      List.of(
          new String[] {"공구", "Tools"},
          new String[] {"정밀", "Precision"},
          new String[] {"산업", "Industrial"},
          new String[] {"테크", "Tech"},
          new String[] {"기계", "Machinery"},
          new String[] {"전기", "Electric"},
          new String[] {"용접", "Welding"},
          new String[] {"안전", "Safety"},
          new String[] {"공업", "Industries"},
          new String[] {"상사", "Trading"});

  /** Countries: ISO code, Korean name, English name. */
  static final List<String[]> COUNTRIES =
      List.of(
          new String[] {"KR", "대한민국", "Korea"},
          new String[] {"DE", "독일", "Germany"},
          new String[] {"JP", "일본", "Japan"},
          new String[] {"CN", "중국", "China"},
          new String[] {"US", "미국", "USA"},
          new String[] {"TW", "대만", "Taiwan"},
          new String[] {"CH", "스위스", "Switzerland"},
          new String[] {"SE", "스웨덴", "Sweden"},
          new String[] {"FR", "프랑스", "France"},
          new String[] {"IT", "이탈리아", "Italy"},
          new String[] {"VN", "베트남", "Vietnam"});
}
