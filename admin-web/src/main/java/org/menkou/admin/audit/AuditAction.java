package org.menkou.admin.audit;

import java.util.Arrays;

/** The actions the audit log records, each with the words staff read on the audit page. */
public enum AuditAction {
    CREATE("新建"), UPDATE("修改"), DELETE("删除"), REVOKE("停用"), PASSWORD("改了自己的密码"),
    PASSWORD_RESET("重设密码"), CARD_ISSUE("发居民服务卡"), CARD_REVOKE("作废居民服务卡"), PROXY_BOOKING("代订餐"),
    PICKED_UP("已取餐"), RAISE("紧急呼叫"), ACKNOWLEDGE("响应呼叫"), RESOLVE("关闭呼叫（已处理）"), CANCEL("取消呼叫"),
    NOTE("添加呼叫备注"), REQUEST_STEP("处理服务申请"), FOLLOW_UP("回访不满意"), FAMILY_NOTICE_SENT("已通知家属"),
    FAMILY_NOTICE_FAILED("通知家属未成功"), SETTLEMENT_CLOSE("资金结算结账"), SETTLEMENT_ADJUST("资金结算调整"),
    RELEASE_PUBLISH("发布终端软件"), RELEASE_STAGE("推广终端软件");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The words for a recorded action code; an unknown code is shown as it is. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst().map(AuditAction::label).orElse(code);
    }
}
