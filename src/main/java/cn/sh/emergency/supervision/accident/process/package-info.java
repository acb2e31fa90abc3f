/** The accident investigation's engine side: delegates, submission rules, intake and supplementary reports. */
package cn.sh.emergency.supervision.accident.process;
