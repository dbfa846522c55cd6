package org.menkou.admin.requests;

import org.menkou.content.protocol.RequestState;
import org.menkou.content.protocol.ServiceRequest;

/** How staff pages word the request's enums. */
public final class RequestLabels {
    private RequestLabels() {
    }

    public static String state(RequestState s) {
        return switch (s) {
            case NEW -> "新申请";
            case ASSIGNED -> "已分配";
            case CONTACTED -> "已联系";
            case SCHEDULED -> "已安排";
            case DONE -> "已完成";
            case CANCELLED -> "已取消";
        };
    }

    public static String kind(ServiceRequest.Kind k) {
        return k == ServiceRequest.Kind.SERVICE ? "申请服务" : "请顾问联系";
    }

    public static String half(ServiceRequest.DayHalf h) {
        return h == null ? "" : h == ServiceRequest.DayHalf.MORNING ? "上午" : "下午";
    }

    public static String contact(ServiceRequest.Contact c) {
        return c == ServiceRequest.Contact.PHONE ? "打电话" : "到站点来";
    }
}
