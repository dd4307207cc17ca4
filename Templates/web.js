// The notice preview: reloads the notice whenever the server says the campaign file changed.
// The only script of the web page; every other page works without it.
"use strict";
const frame = document.getElementById("notice");
const status = document.getElementById("preview-status");
if (frame) {
  const events = new EventSource("/preview/events");
  events.addEventListener("change", (event) => {
    if (event.data === frame.dataset.version) return;
    frame.dataset.version = event.data;
    frame.src = "/preview/notice?v=" + encodeURIComponent(event.data);
    status.textContent = "已更新 " + new Date().toLocaleTimeString("zh-CN");
  });
  events.onerror = () => { status.textContent = "与服务器的连接中断，正在重连……"; };
}
