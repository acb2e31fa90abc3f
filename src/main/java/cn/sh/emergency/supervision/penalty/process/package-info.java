/** The dual-penalty process's engine side: delegates, submission rules, intake and payment correlation. */
package cn.sh.emergency.supervision.penalty.process;
