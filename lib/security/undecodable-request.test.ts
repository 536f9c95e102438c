import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT, undecodableActionCall, undecodablePath } from "./undecodable-request";

function actionCall(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/goals", { method: "POST", headers: { "Next-Action": "7f00", ...headers }, body });
}

function multipart(parts: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return form;
}

/** A body streamed in chunks, with no Content-Length up front. */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(120);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe("undecodablePath", () => {
  it("accepts any address whose escapes decode, and refuses one that is not UTF-8", () => {
    for (const path of ["/", "/goals/abc", "/history/%F0%9F%92%A9", "/updates/%00/preview", "/ack/..%2F..%2Fetc"]) expect(undecodablePath(path)).toBeNull();
    for (const path of ["/history/%ED%A0%80", "/goals/%C0", "/api/export/update/%FF%FE", "/goals/%E2%82", "/goals/%"]) {
      expect(undecodablePath(path)).toEqual({ status: 400, message: expect.stringContaining("not valid UTF-8") });
    }
  });
});

describe("undecodableActionCall", () => {
  it("lets a call React can decode through, and leaves other requests alone", async () => {
    const through = [
      actionCall(multipart({ _1_title: "A goal", "0": '[{},"$K1"]' })),
      actionCall('["token"]', { "Content-Type": "text/plain;charset=UTF-8" }),
      new Request("http://localhost/goals", { method: "POST", body: "{not json" }),
      new Request("http://localhost/goals", { headers: { "Next-Action": "7f00" } }),
    ];
    for (const request of through) expect(await undecodableActionCall(request, "/goals")).toBeNull();
  });

  it("reads a form posted to a page without JavaScript only for its framing and size", async () => {
    const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://localhost/goals", { method: "POST", headers, body });
    const noScript = multipart({ "$ACTION_ID_7f00": "", title: "A goal" });
    expect(await undecodableActionCall(post(noScript), "/goals")).toBeNull();
    expect(await undecodableActionCall(post(multipart({ "0": "{not json" })), "/goals"), "Next decodes these arguments itself").toBeNull();
    const broken = post("--zzz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx", { "Content-Type": "multipart/form-data; boundary=zzz" });
    expect((await undecodableActionCall(broken, "/goals"))?.status).toBe(400);
    const huge = multipart({ title: "x".repeat(ACTION_BODY_LIMIT + 1) });
    expect((await undecodableActionCall(post(huge), "/goals"))?.status).toBe(413);
    expect(await undecodableActionCall(post(huge), "/api/updates/x/content"), "a route handler reads its own body").toBeNull();
  });

  it("answers 400 to arguments React cannot decode and to a broken multipart body", async () => {
    const bad = [
      actionCall(multipart({ "0": "{not json" })),
      actionCall(multipart({ "0": '["$K9","$1"]' })),
      actionCall("{not json", { "Content-Type": "text/plain;charset=UTF-8" }),
      actionCall("garbage", { "Content-Type": "multipart/form-data; boundary=zzz" }),
      actionCall("garbage", { "Content-Type": "multipart/form-data" }),
    ];
    for (const request of bad) expect(await undecodableActionCall(request, "/goals")).toEqual({ status: 400, message: expect.stringMatching(/^Bad request: /) });
  });

  it("answers 413 over Next's 1 MB limit, whether the length is announced or streamed", async () => {
    const atLimit = multipart({ _1_title: "x".repeat(ACTION_BODY_LIMIT - 1000), "0": '[{},"$K1"]' });
    expect(await undecodableActionCall(actionCall(atLimit), "/goals")).toBeNull();
    const over = multipart({ _1_title: "x".repeat(ACTION_BODY_LIMIT), "0": '[{},"$K1"]' });
    expect(await undecodableActionCall(actionCall(over), "/goals")).toEqual({ status: 413, message: expect.stringContaining("1 MB") });
    const request = new Request("http://localhost/goals", { method: "POST", headers: { "Next-Action": "7f00" }, body: streamed(3_000_000), duplex: "half" } as RequestInit);
    expect((await undecodableActionCall(request, "/goals"))?.status).toBe(413);
  });
});
