package cn.sh.emergency.supervision.shared.process;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> config.register(EngineRestErrorMapper.WrappedFailures.class)
        .register(EngineRestErrorMapper.EngineFailures.class)
        .register(EngineRestErrorMapper.OtherFailures.class)
        .register(EngineCallGuard.class)
        .register(StartFormPeople.class);
  }
}
