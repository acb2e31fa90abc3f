package cn.sh.emergency.supervision.identity;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Someone who may be chosen: user id, name as documents print it, and — for enforcement officers — the enforcement
 * certificate number ({@code null}, and left out of JSON, otherwise).
 */
public record Person(String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String certificateNo) {
}
