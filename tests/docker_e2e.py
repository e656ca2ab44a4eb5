"""`make docker-test`: the image built and run for real, as an operator runs it.

Steps, each timed:

1. a Docker engine: the running one, else Debian's ``docker.io`` started with its data under
   ``.build/docker`` (the packages are installed with apt when missing);
2. the base image ``python:3.11-slim``: pulled when a registry answers, else made here with
   ``debootstrap`` and ``docker import`` under that same tag, so the Dockerfile is unchanged;
3. the image, built from the Dockerfile; torch comes from this machine's own CPU wheel (served
   on 127.0.0.1 to the build) when pip finds one, else from the Dockerfile's default index;
4. ``article-bot build`` then ``ask`` in containers with ``--network none``;
5. ``docker-compose up`` of the real ``docker-compose.yml`` (plus an override: host network, so
   the container reaches the Bot API stand-in on 127.0.0.1, and a 5 s healthcheck interval),
   a question sent through the stand-in, the Élysée answer received from the container, the
   healthcheck ``healthy``;
6. ``docker-compose down -v``.

Containers, volumes, networks and temporary folders are removed whatever happens; the images
are kept as a build cache (``docker rmi article-bot:latest python:3.11-slim`` removes them). An
engine this script started is stopped again. Exit status 0 only when every step passed.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.botapi import TOKEN, BotApi  # noqa: E402

BUILD = ROOT / ".build"
BASE = "python:3.11-slim"
IMAGE = "article-bot:latest"
PROJECT = "articlebot-dockertest"
QUESTION = "what did the Élysée say about Belarus?"
ANSWER = "son intention de retirer ses troupes"
OVERRIDE = """\
services:
  bot:
    network_mode: host
    healthcheck:
      interval: 5s
      start_period: 5s
"""


class StepFailed(RuntimeError):
    """A step of the deploy test did not do what it must; the message says what."""


def run(*command: str, timeout: float = 600, check: bool = True, **options):
    """A command, its output captured; a failure raises with the command and its last lines."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, **options)
    if check and result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-15:])
        raise StepFailed(f"`{' '.join(command)}` exited {result.returncode}:\n{tail}")
    return result


def docker_ready() -> bool:
    return run("docker", "info", check=False, timeout=30).returncode == 0


def ensure_engine() -> subprocess.Popen | None:
    """The running engine, or one started here (returned, so that it is stopped at the end)."""
    if shutil.which("docker") and docker_ready():
        return None
    missing = [
        tool for tool in ("dockerd", "docker-compose", "debootstrap") if not shutil.which(tool)
    ]
    if missing:
        print(f"    installing docker.io docker-compose debootstrap iptables ({missing} missing)")
        run("apt-get", "update", "-qq", timeout=600)
        run(
            "apt-get", "install", "-y", "-qq", "docker.io", "docker-compose", "debootstrap",
            "iptables", timeout=1200, env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )  # fmt: skip
    data = BUILD / "docker"
    data.mkdir(parents=True, exist_ok=True)
    log = (data / "dockerd.log").open("ab")
    engine = subprocess.Popen(
        ["dockerd", "--data-root", str(data / "data"), "--exec-root", "/tmp/article-bot-dockerd"],
        stdout=log,
        stderr=log,
    )
    deadline = time.monotonic() + 60
    while not docker_ready():
        if engine.poll() is not None or time.monotonic() > deadline:
            raise StepFailed(f"dockerd did not start; see {data / 'dockerd.log'}")
        time.sleep(0.5)
    return engine


def ensure_base_image() -> str:
    """`python:3.11-slim` from a registry, else a Debian bookworm made here under that tag."""
    if run("docker", "image", "inspect", BASE, check=False).returncode == 0:
        return "present"
    if run("docker", "pull", BASE, check=False, timeout=300).returncode == 0:
        return "pulled"
    rootfs = BUILD / "base-rootfs"
    if not (rootfs / "usr" / "bin" / "python3").exists():
        shutil.rmtree(rootfs, ignore_errors=True)
        run(
            "debootstrap", "--variant=minbase",
            "--include=python3,python3-pip,python3-venv,python-is-python3,ca-certificates",
            "bookworm", str(rootfs), timeout=1800,
        )  # fmt: skip
    # Debian's pip refuses system-wide installs (PEP 668); the official image has no such marker.
    for marker in rootfs.glob("usr/lib/python3*/EXTERNALLY-MANAGED"):
        marker.unlink()
    # The host's extra CA certificates (a TLS-inspecting egress proxy) let pip reach PyPI.
    extra = Path("/usr/local/share/ca-certificates")
    if extra.is_dir() and any(extra.iterdir()):
        shutil.copytree(extra, rootfs / "usr/local/share/ca-certificates", dirs_exist_ok=True)
        run("chroot", str(rootfs), "update-ca-certificates")
    tar = subprocess.Popen(["tar", "-C", str(rootfs), "-c", "."], stdout=subprocess.PIPE)
    run(
        "docker", "import",
        "--change", "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "--change", "ENV LANG=C.UTF-8",
        "--change", 'CMD ["python3"]',
        "-", BASE, stdin=tar.stdout, timeout=900,
    )  # fmt: skip
    tar.wait()
    return "made with debootstrap"


def local_torch_wheels() -> Path | None:
    """A folder holding this machine's CPU wheel of torch, if pip can find one without CUDA."""
    wheels = BUILD / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    fetched = run(
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
        "-d", str(wheels), "torch==2.13.0", check=False, timeout=900,
    )  # fmt: skip
    found = list(wheels.glob("torch-2.13.0*cpu*.whl"))
    return wheels if fetched.returncode == 0 and found else None


class WheelServer:
    """A folder of wheels on 127.0.0.1, for `pip --find-links` inside `docker build`."""

    def __init__(self, folder: Path) -> None:
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

        handler = functools.partial(Quiet, directory=str(folder))
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def build_image() -> str:
    wheels = local_torch_wheels()
    arguments = ["docker", "build", "--force-rm", "--network", "host", "-t", IMAGE]
    server = WheelServer(wheels) if wheels else None
    if server:
        # A local version (2.13.0+cpu) outranks PyPI's 2.13.0 (CUDA): pip takes the local one,
        # and torch's own dependencies still come from PyPI.
        arguments += ["--build-arg", f"TORCH_PIP_ARGS=--find-links {server.url}"]
    try:
        run(*arguments, str(ROOT), timeout=3600)
    finally:
        if server:
            server.stop()
    return "torch from this machine's wheel" if wheels else "torch from the Dockerfile's index"


def offline_build_and_ask() -> str:
    volume = f"{PROJECT}-offline"
    run("docker", "volume", "create", volume)
    try:
        common = ["docker", "run", "--rm", "--network", "none", "-v", f"{volume}:/data", IMAGE]
        built = run(*common, "article-bot", "build", timeout=600)
        if "indexed 12 units of 1 article(s)" not in built.stdout:
            raise StepFailed(f"build printed {built.stdout!r}")
        asked = run(*common, "article-bot", "ask", QUESTION, timeout=300)
        if ANSWER not in asked.stdout or "Elysée" not in asked.stdout:
            raise StepFailed(f"ask printed {asked.stdout!r}")
        return asked.stdout.splitlines()[0][:90]
    finally:
        run("docker", "volume", "rm", "-f", volume, check=False)


class Compose:
    """The repository's docker-compose.yml in a scratch project folder (its own .env, seeds)."""

    def __init__(self, api: BotApi) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="article-bot-compose-"))
        shutil.copytree(ROOT / "seeds", self.folder / "seeds")
        (self.folder / ".env").write_text(
            f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_BASE_URL={api.base_url}\n"
        )
        (self.folder / "override.yml").write_text(OVERRIDE)

    def __call__(self, *arguments: str, timeout: float = 300, check: bool = True):
        return run(
            "docker-compose", "--project-name", PROJECT, "--project-directory", str(self.folder),
            "-f", str(ROOT / "docker-compose.yml"), "-f", str(self.folder / "override.yml"),
            *arguments, timeout=timeout, check=check,
        )  # fmt: skip

    def container(self) -> str:
        return self("ps", "-q", "bot").stdout.strip()

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def compose_up_answer_healthy(compose: Compose, api: BotApi) -> str:
    compose("up", "-d", "--no-build")
    api.send_text(QUESTION)
    replies = api.wait_for("sendMessage", 1, timeout=300)
    if not replies or ANSWER not in replies[0].params["text"]:
        logs = compose("logs", "--tail", "20", check=False).stdout
        raise StepFailed(f"no Élysée answer from the container; its logs:\n{logs}")
    container = compose.container()
    deadline = time.monotonic() + 120
    status = ""
    while time.monotonic() < deadline:
        status = run(
            "docker", "inspect", "--format", "{{.State.Health.Status}}", container
        ).stdout.strip()
        if status == "healthy":
            return "answered with the Élysée quote; healthcheck healthy"
        time.sleep(1)
    raise StepFailed(f"healthcheck still {status!r} after 120 s")


def compose_down(compose: Compose) -> str:
    compose("down", "-v", "--remove-orphans")
    left = run("docker", "ps", "-aq", "--filter", f"label=com.docker.compose.project={PROJECT}")
    if left.stdout.strip():
        raise StepFailed(f"containers left after down: {left.stdout.split()}")
    return "containers, network and volume removed"


def main() -> int:
    engines: list[subprocess.Popen] = []

    def engine() -> str:
        started = ensure_engine()
        if started is not None:
            engines.append(started)
            return "started here, data under .build/docker"
        return "already running"

    api = BotApi().start()
    compose = Compose(api)
    steps: list[tuple[str, Callable[[], str]]] = [
        ("engine", engine),
        ("base image", ensure_base_image),
        ("image build", build_image),
        ("build + ask, --network none", offline_build_and_ask),
        ("compose up, answer, healthy", lambda: compose_up_answer_healthy(compose, api)),
        ("compose down", lambda: compose_down(compose)),
    ]
    began_all = time.monotonic()
    failed = None
    try:
        for name, step in steps:
            began = time.monotonic()
            print(f"[docker-test] {name} …", flush=True)
            try:
                outcome = step()
            except (StepFailed, subprocess.TimeoutExpired) as error:
                elapsed = time.monotonic() - began
                print(f"[docker-test] {name}: FAILED after {elapsed:.0f} s\n{error}", flush=True)
                failed = name
                break
            elapsed = time.monotonic() - began
            print(f"[docker-test] {name}: ok in {elapsed:.0f} s ({outcome})", flush=True)
    finally:
        if failed and shutil.which("docker-compose") and docker_ready():
            compose("down", "-v", "--remove-orphans", check=False)
        compose.remove()
        api.stop()
        for started in engines:
            started.terminate()
            started.wait(timeout=60)
    total = time.monotonic() - began_all
    print(f"[docker-test] {'FAILED at ' + failed if failed else 'passed'} in {total:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
