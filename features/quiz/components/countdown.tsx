"use client";

import { useEffect, useRef, useState } from "react";

/** Time left on a timed attempt; submits once when it runs out (the server refuses later answers anyway). */
export function Countdown({ deadline, onExpire }: { deadline: string; onExpire: () => void }) {
  const end = new Date(deadline).getTime();
  const [left, setLeft] = useState(() => Math.max(0, end - Date.now()));
  const expired = useRef(false);
  useEffect(() => {
    const timer = setInterval(() => {
      const remaining = Math.max(0, end - Date.now());
      setLeft(remaining);
      if (remaining === 0 && !expired.current) {
        expired.current = true;
        onExpire();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [end, onExpire]);
  const minutes = Math.floor(left / 60_000);
  const seconds = Math.floor((left % 60_000) / 1000);
  return (
    <p className={`countdown${left < 60_000 ? " urgent" : ""}`} role="timer" aria-label="Time left">
      {minutes}:{String(seconds).padStart(2, "0")} left
    </p>
  );
}
