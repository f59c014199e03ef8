window.YTD.user_link_clicks.part0 = [
  {
    "userInteractionsLinkClicks" : {
      "tweetId" : "1765432109876543210",
      "finalUrl" : "https://bikes.example.com/spring?utm_source=twitter",
      "timeStampOfInteraction" : "2024-03-02T08:15:31.000Z"
    }
  }
]
