package cn.sh.emergency.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SupervisionApplication {

  public static void main(String[] args) {
    SpringApplication.run(SupervisionApplication.class, args);
  }
}
