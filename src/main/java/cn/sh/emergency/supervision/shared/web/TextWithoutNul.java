package cn.sh.emergency.supervision.shared.web;

import cn.sh.emergency.supervision.shared.InvalidInputException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Text in a JSON request may not hold a NUL character: PostgreSQL cannot store one, and no form or client of this
 * application sends one. Refused as a bad request ({@link ApiExceptionHandler} names it) rather than failing at the
 * database.
 */
@Component
class TextWithoutNul extends SimpleModule {

  static final String MESSAGE = "请求内容含有不允许的控制字符（NUL）";

  TextWithoutNul() {
    super("text-without-nul");
    addDeserializer(String.class, new StringDeserializer() {
      @Override
      public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
          throw new InvalidInputException(MESSAGE);
        }
        return text;
      }
    });
  }
}
