package cn.sh.emergency.supervision.casefile.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The record names an outcome with the label of the option chosen in the task's own form. */
class FormOptionLabelsUnitTest {

  @Test
  void aListingNoticeWithoutSuspensionReadsAsTheFormSaysIt() throws IOException {
    JsonNode notice = form("hazard/hazard-listing-notice.form");

    assertThat(FormOptionLabels.labelIn(notice, "suspension", "NONE")).contains("不停产停业");
    assertThat(FormOptionLabels.labelIn(notice, "suspension", "FULL")).contains("全部停产停业");
  }

  @Test
  void theSameCodeIsWordedByEachForm() throws IOException {
    assertThat(FormOptionLabels.labelIn(form("legalreview/legal-review-review.form"), "legalReviewOutcome", "RETURNED"))
        .contains("退回补充");
    assertThat(FormOptionLabels.labelIn(form("hazard/hazard-listing-approval.form"), "listingApproval", "RETURNED"))
        .contains("退回修改");
  }

  @Test
  void aCodeOrFieldTheFormDoesNotOfferHasNoLabel() throws IOException {
    JsonNode notice = form("hazard/hazard-listing-notice.form");

    assertThat(FormOptionLabels.labelIn(notice, "suspension", "SOMETIMES")).isEmpty();
    assertThat(FormOptionLabels.labelIn(notice, "noSuchField", "NONE")).isEmpty();
  }

  private static JsonNode form(String name) throws IOException {
    try (InputStream in = FormOptionLabelsUnitTest.class.getResourceAsStream("/forms/" + name)) {
      return new ObjectMapper().readTree(in).path("components");
    }
  }
}
