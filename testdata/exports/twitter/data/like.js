window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1771111222233334444",
      "fullText" : "Five quiet cycle routes through central London, mapped.",
      "expandedUrl" : "https://twitter.com/i/web/status/1771111222233334444"
    }
  },
  {
    "like" : {
      "tweetId" : "1769999888877776666",
      "fullText" : "Our new oat milk is in every store from Monday.",
      "expandedUrl" : "https://twitter.com/i/web/status/1769999888877776666"
    }
  }
]
