package cn.sh.emergency.supervision.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sh.emergency.supervision.shared.District;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseWritingUnitTest {

  @ParameterizedTest
  @CsvSource({
      "2026-12-02, 二〇二六年十二月二日",
      "2026-03-10, 二〇二六年三月十日",
      "2027-10-31, 二〇二七年十月三十一日",
      "2030-01-20, 二〇三〇年一月二十日"})
  void datesAreWrittenAsUnderASeal(LocalDate date, String written) {
    assertThat(ChineseWriting.date(date)).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({
      "0, 零元整",
      "8, 捌元整",
      "10, 壹拾元整",
      "1005, 壹仟零伍元整",
      "30000, 叁万元整",
      "100500, 壹拾万零伍佰元整",
      "1010000, 壹佰零壹万元整",
      "2000001, 贰佰万零壹元整",
      "12345678, 壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整",
      "100000000, 壹亿元整",
      "100010000, 壹亿零壹万元整"})
  void amountsAreWrittenInCapitalNumerals(long yuan, String written) {
    assertThat(ChineseWriting.yuanInCapitals(yuan)).isEqualTo(written);
  }

  @Test
  void aFineNamesTheAmountInWordsAndFigures() {
    assertThat(ChineseWriting.fine(30000)).isEqualTo("罚款人民币叁万元整（¥30,000）");
  }

  @Test
  void theBureauAndTheGovernmentOfReviewFollowTheDistrict() {
    assertThat(ChineseWriting.bureau(District.JINGAN)).isEqualTo("上海市静安区应急管理局");
    assertThat(ChineseWriting.bureau(District.CITY)).isEqualTo("上海市应急管理局");
    assertThat(ChineseWriting.remedies(District.PUDONG, "本决定")).contains("向上海市浦东新区人民政府申请行政复议",
        "六个月内依法向人民法院提起行政诉讼", "本决定不停止执行");
  }
}
