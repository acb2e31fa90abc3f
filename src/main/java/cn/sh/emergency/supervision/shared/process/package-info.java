/**
 * Engine-side building blocks every lifecycle uses: the engine clock, model properties, user-error translation,
 * the house rules of deployed models and the model bundle. Exposed to the other modules as the named interface
 * {@code process}; only code in {@code …process} packages touches the engine.
 */
@NamedInterface("process")
package cn.sh.emergency.supervision.shared.process;

import org.springframework.modulith.NamedInterface;
